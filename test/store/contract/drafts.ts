import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

const Contact = z.object({ phone: z.string(), name: z.string(), vars: z.record(z.string(), z.string()) });
const ContactDraft = z.object({ fileName: z.string(), contacts: z.array(Contact) });
type ContactDraft = z.infer<typeof ContactDraft>;

const NAMES = ['Айгерим Сапарова', 'Данияр Ахметов', 'Ольга Ким', 'Нұрлан Қасымов', 'Timur Bekov'];

function contactDraft(count: number): ContactDraft {
  return {
    fileName: 'клиенты_ноябрь.xlsx',
    contacts: Array.from({ length: count }, (_, i) => ({
      phone: `+7701${String(1_000_000 + i).padStart(7, '0')}`,
      name: NAMES[i % NAMES.length] ?? '',
      vars: { city: i % 2 === 0 ? 'Алматы' : 'Астана', debt: String((i * 137) % 50_000) },
    })),
  };
}

const HOUR = 3_600_000;

export function draftsContract(make: MakeHarness): void {
  describe('drafts', () => {
    it('keeps a draft until it expires', async () => {
      const h = make();
      const draft = contactDraft(3);
      await h.store.drafts.put('list:77', draft, HOUR);
      expect(await h.store.drafts.get('list:77', ContactDraft)).toEqual(draft);
      // A second of margin: Redis's own clock keeps running while the test moves the TTLs.
      await h.elapse(HOUR - 1000);
      expect(await h.store.drafts.get('list:77', ContactDraft)).toEqual(draft);
      await h.elapse(1000);
      expect(await h.store.drafts.get('list:77', ContactDraft)).toBeNull();
    });

    it('deletes and replaces drafts', async () => {
      const { store } = make();
      await store.drafts.put('list:77', contactDraft(2), HOUR);
      await store.drafts.put('list:77', contactDraft(1), HOUR);
      expect((await store.drafts.get('list:77', ContactDraft))?.contacts).toHaveLength(1);
      await store.drafts.delete('list:77');
      expect(await store.drafts.get('list:77', ContactDraft)).toBeNull();
    });

    it('stores a 100,000-contact draft compressed and reads it back whole', async () => {
      const h = make();
      const draft = contactDraft(100_000);
      await h.store.drafts.put('list:big', draft, HOUR);
      const stored = await h.backend.getBytes(h.keys.draft('list:big'));
      expect(stored?.length).toBeLessThan(Buffer.byteLength(JSON.stringify(draft)) / 4);
      const read = await h.store.drafts.get('list:big', ContactDraft);
      expect(read?.contacts).toHaveLength(100_000);
      expect(read).toEqual(draft);
    });

    it('reports a draft that no longer fits its schema, or is not gzip, as corrupt', async () => {
      const h = make();
      await h.store.drafts.put('list:77', { fileName: 'a.csv', contacts: [{ phone: 7701 }] }, HOUR);
      await expectStoreError(h.store.drafts.get('list:77', ContactDraft), 'corrupt');
      await h.backend.write([{ op: 'set', key: h.keys.draft('list:77'), value: 'plain text' }]);
      await expectStoreError(h.store.drafts.get('list:77', ContactDraft), 'corrupt');
    });

    it('refuses a draft without a positive lifetime', async () => {
      const { store } = make();
      await expectStoreError(store.drafts.put('list:77', {}, 0), 'invalid');
    });
  });
}
