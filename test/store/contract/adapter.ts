import type { ConversationStorage, VersionedState } from '@grammyjs/conversations';
import { Bot, type Context, type SessionFlavor, session } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

const BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'AutoCall',
  username: 'autocall_kz_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

function textMessage(updateId: number, chatId: number, text: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_740_800_000,
      chat: { id: chatId, type: 'private', first_name: 'Aigerim' },
      from: { id: chatId, is_bot: false, first_name: 'Aigerim' },
      text,
    },
  };
}

const Session = z.object({ step: z.number().int(), lang: z.enum(['ru', 'kk', 'en']) });
type Session = z.infer<typeof Session>;

export function adapterContract(make: MakeHarness): void {
  describe('grammY storage adapter', () => {
    it('reads, writes, checks and deletes JSON values', async () => {
      const { store } = make();
      const sessions = store.adapter<Session>('session');
      expect(await sessions.read('77')).toBeUndefined();
      await sessions.write('77', { step: 2, lang: 'kk' });
      expect(await sessions.read('77')).toEqual({ step: 2, lang: 'kk' });
      expect(await sessions.has?.('77')).toBe(true);
      await sessions.delete('77');
      expect(await sessions.read('77')).toBeUndefined();
      expect(await sessions.has?.('77')).toBe(false);
    });

    it('keeps namespaces apart', async () => {
      const { store } = make();
      await store.adapter<string>('session').write('77', 'session value');
      await store.adapter<string>('conversations').write('77', 'conversation value');
      expect(await store.adapter<string>('session').read('77')).toBe('session value');
    });

    it('expires values a TTL after their last write', async () => {
      const h = make();
      const sessions = h.store.adapter<Session>('session', { ttlMs: 60_000 });
      await sessions.write('77', { step: 1, lang: 'ru' });
      await h.elapse(50_000);
      await sessions.write('77', { step: 2, lang: 'ru' });
      await h.elapse(50_000);
      expect(await sessions.read('77')).toEqual({ step: 2, lang: 'ru' });
      await h.elapse(10_000);
      expect(await sessions.read('77')).toBeUndefined();
    });

    it('validates values read back when given a schema', async () => {
      const { store } = make();
      await store.adapter<unknown>('session').write('77', { step: 'two' });
      await expectStoreError(Promise.resolve(store.adapter('session', { schema: Session }).read('77')), 'corrupt');
    });

    it.each(['', 'Session', 'a:b', 'x'.repeat(33)])('refuses the namespace %j', (namespace) => {
      const { store } = make();
      expect(() => store.adapter(namespace)).toThrow(/namespace/);
    });

    it('serves as the session storage of a grammY bot', async () => {
      const { store } = make();
      const bot = new Bot<Context & SessionFlavor<Session>>('7000000001:AAF-test-token-not-real-000000000000', {
        botInfo: BOT_INFO,
      });
      bot.use(session({ initial: (): Session => ({ step: 0, lang: 'ru' }), storage: store.adapter<Session>('session') }));
      bot.on('message:text', (ctx) => {
        ctx.session.step += 1;
        if (ctx.message.text === '/lang kk') ctx.session.lang = 'kk';
      });
      await bot.handleUpdate(textMessage(1, 501_234_567, 'hello'));
      await bot.handleUpdate(textMessage(2, 501_234_567, '/lang kk'));
      expect(await store.adapter<Session>('session').read('501234567')).toEqual({ step: 2, lang: 'kk' });
    });

    it('fits conversations v2 storage', async () => {
      const { store } = make();
      const adapter = store.adapter<VersionedState<{ calls: number }>>('conversations');
      // The assignment is the check: `conversations({ storage })` accepts the adapter as it is.
      const storage: ConversationStorage<Context, { calls: number }> = adapter;
      const state: VersionedState<{ calls: number }> = { version: [0, 'v1'], state: { calls: 1 } };
      await adapter.write('77', state);
      expect(await adapter.read('77')).toEqual(state);
      expect(storage).toBe(adapter);
    });
  });
}
