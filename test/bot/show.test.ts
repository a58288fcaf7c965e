import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { show } from '../../src/bot/show.js';
import { visibleLength } from '../../src/domain/text/index.js';

function replyRecorder() {
  const sent: string[] = [];
  const warnings: unknown[] = [];
  const ctx = {
    callbackQuery: undefined,
    chat: { type: 'private' },
    log: { warn: (entry: unknown) => warnings.push(entry) },
    reply: async (text: string) => {
      sent.push(text);
      return {};
    },
  } as unknown as BotContext;
  return { ctx, sent, warnings };
}

describe('show', () => {
  it('cuts a view over 4096 characters with tags balanced, and logs it', async () => {
    const { ctx, sent, warnings } = replyRecorder();
    await show(ctx, { text: `<b>${'Ә'.repeat(5000)}</b>` });
    expect(visibleLength(sent[0] ?? '')).toBeLessThanOrEqual(4096);
    expect(sent[0]).toMatch(/<\/b>$/);
    expect(warnings).toHaveLength(1);
  });

  it('leaves a view within the limit as it is', async () => {
    const { ctx, sent, warnings } = replyRecorder();
    await show(ctx, { text: `<b>${'a'.repeat(4096)}</b>` });
    expect(sent[0]).toBe(`<b>${'a'.repeat(4096)}</b>`);
    expect(warnings).toHaveLength(0);
  });
});
