/**
 * Exporting a campaign's calls as CSV: every page read, the file read back and compared with AutoCall's data, the
 * progress shown in one message edited in place, the chat usable while a slow export runs, one export at a time.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { paginate } from '../../src/api/index.js';
import { collect, createCallCampaign, openCampaignCard, type OwnerSession, startAsOwner, testRecipients } from '../support/journeys.js';

const KEY = 'ak_live_campaign_export_0123456789';

let session: OwnerSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

/** The owner and a finished campaign "Big" to `size` numbers (AutoCall sends 15 calls a page). */
async function withFinishedCampaign(size: number): Promise<OwnerSession & { id: number }> {
  session = await startAsOwner(KEY);
  const id = await createCallCampaign(session.api, 'Big', testRecipients('707', 5000, size), { max_tries: 1 });
  session.harness.autocall.clock.advance(30 * 60_000);
  expect((await session.api.autocalls.get(id)).status).toBe('completed');
  return { ...session, id };
}

describe('exporting calls', () => {
  it('sends every call as CSV matching AutoCall, with the progress message edited to the result', async () => {
    const { harness, api, owner, id } = await withFinishedCampaign(40);
    const calls = await collect(paginate(async (page) => (await api.autocalls.get(id, { page })).calls));

    await openCampaignCard(owner, '/campaigns', /Big/);
    await owner.tap('⬇️ Export CSV');
    const document = await owner.waitFor((message) => message.media?.kind === 'document');
    expect(document.media?.file_name).toBe(`campaign-${id}-calls.csv`);
    expect(document.caption).toContain('Calls of the campaign “Big”');
    const progress = await owner.waitFor(/Exported “Big”: 40 rows/);
    expect(progress.edits[0]?.text).toMatch(/Exporting “Big”: 15 of 40/);

    const [header, ...rows] = parse(Buffer.from(document.media?.bytes ?? []), { bom: true, delimiter: ';' });
    expect(header).toEqual(['Call ID', 'Number', 'Note', 'Status', 'Tries', 'Try dates', 'Try outcomes', 'Last try', 'Talk, s', 'Call back, s', 'Scenario answers', 'Variables', 'Created']);
    expect(rows).toHaveLength(40);
    const labels: Record<string, string> = { success: 'success', no_answer: 'no answer', busy: 'busy', error: 'number does not exist', recalled: 'called back', spam: 'spam complaint' };
    for (const call of calls) {
      const row = rows.find((cells) => cells[0] === String(call.id));
      expect(row, `call ${call.id}`).toEqual([
        String(call.id),
        call.number,
        call.extra ?? '',
        labels[call.status],
        String(call.tries),
        (call.date_tries ?? []).join(' | '),
        (call.status_tries ?? []).map((status) => labels[status]).join(' | '),
        call.last_try_at ?? '',
        String(call.duration),
        String(call.r_duration),
        '',
        '',
        call.created_at,
      ]);
    }
    harness.tg.expectNoViolations();
  });

  it('runs a slow export in the background: progress edited on the way, the chat free, a second tap told to wait', async () => {
    const { harness, owner, accountId, id } = await withFinishedCampaign(50);
    // Opened from a message of another feature: the card comes as a new message.
    await owner.pressCallback(`ac:${accountId}:${id}`);
    await owner.waitFor(/Status: ✅ completed/);
    // Each page of calls now takes a second: four pages, the progress edited at least once before the end.
    harness.autocall.faults.set({ kind: 'latency', ms: 1000, path: `/api/v1/autocalls/${id}`, method: 'GET' });

    await owner.tap('⬇️ Export CSV');
    await owner.waitFor(/Exporting “Big”: 15 of 50/);
    const again = await owner.tap('⬇️ Export CSV');
    expect(again).toMatchObject({ show_alert: true, text: 'This export is already running. The file will arrive in this chat.' });
    await owner.send('/campaigns');
    await owner.waitFor(/Call campaigns/);
    expect(owner.messages().some((message) => message.media?.kind === 'document')).toBe(false);

    const document = await owner.waitFor((message) => message.media?.kind === 'document', { timeoutMs: 15_000 });
    expect(parse(Buffer.from(document.media?.bytes ?? []), { bom: true, delimiter: ';' })).toHaveLength(51);
    const progress = await owner.waitFor(/Exported “Big”: 50 rows/);
    // First "15 of 50", then at least one step on the way, then the result.
    expect(progress.edits.length).toBeGreaterThanOrEqual(2);
    expect(progress.edits[0]?.text).toMatch(/Exporting “Big”: 15 of 50/);
    expect(progress.edits.at(-1)?.text).toMatch(/Exporting “Big”: (30|45|50) of 50/);
    harness.autocall.faults.clear();
    harness.tg.expectNoViolations();
  });
});
