/**
 * Acting on SMS campaigns: the CSV export of every message (read back against AutoCall's data, progress edited in
 * place) and Delete (confirmed, audited), refused for a sending bulk with the reason and for a viewer's forged tap.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type AutocallApi, paginate } from '../../src/api/index.js';
import { buttonLabels, collect, createSmsCampaign, joinTeam, openCampaignCard, testRecipients } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';

const KEY = 'ak_live_bulk_actions_0123456789ab';

const start = ownerSessions(KEY);

/** An SMS campaign to `size` numbers. */
function bulk(api: AutocallApi, name: string, size: number): Promise<number> {
  return createSmsCampaign(api, name, testRecipients('705', 3000, size));
}

describe('acting on SMS campaigns', () => {
  it('exports every message as CSV, progress edited in place, the file matching AutoCall', async () => {
    const { harness, api, owner } = await start();
    const id = await bulk(api, 'Export me', 35);
    harness.autocall.clock.advance(10 * 60_000);
    const messages = await collect(paginate(async (page) => (await api.bulks.get(id, { page })).messages));

    await openCampaignCard(owner, '/bulks', /Export me/);
    await owner.tap('⬇️ Export CSV');
    const file = await owner.waitFor((message) => message.media?.kind === 'document');
    expect(file.media?.file_name).toBe(`sms-${id}-messages.csv`);
    const progress = await owner.waitFor(/Exported “Export me”: 35 rows/);
    expect(progress.edits[0]?.text).toMatch(/Exporting “Export me”: 15 of 35/);

    const [header, ...rows] = parse(Buffer.from(file.media?.bytes ?? []), { bom: true, delimiter: ';' });
    expect(header).toEqual(['Message ID', 'Number', 'Note', 'Status', 'Operator', 'Sent', 'Status changed', 'Variables', 'Created']);
    const labels: Record<string, string> = { delivered: 'delivered', failed: 'failed', expired: 'expired', undeliverable: 'undeliverable', rejected: 'rejected by the operator' };
    expect(rows).toEqual(
      messages.map((message) => [
        String(message.id),
        message.number,
        message.extra ?? '',
        labels[message.status] ?? message.status,
        message.provider,
        message.init_time ?? '',
        message.status_time ?? '',
        '',
        message.created_at,
      ]),
    );
    harness.tg.expectNoViolations();
  });

  it('deletes after confirmation, and refuses by state and by role', async () => {
    const { harness, api, owner, accountId } = await start();
    const sending = await bulk(api, 'Sending', 450);
    const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');

    // A viewer sees no Delete; a forged one is refused on the server.
    expect(buttonLabels(await openCampaignCard(viewer, '/bulks', /Sending/))).not.toContain('🗑 Delete');
    const forged = await viewer.pressCallback(`bkdy:${accountId}:${sending}`);
    expect(forged).toMatchObject({ show_alert: true, text: 'Your role (viewer) cannot do this. It needs manager or higher.' });
    expect((await api.bulks.get(sending)).status).toBe('moderation');

    // Once sending (100 messages every 10 s), a bulk cannot be deleted: the reason is given.
    harness.autocall.clock.advance(70_000);
    expect((await api.bulks.get(sending)).status).toBe('running');
    const doomed = await bulk(api, 'Doomed', 1);
    await owner.send('/bulks');
    await owner.waitFor(/SMS campaigns/);
    const refusal = await owner.pressCallback(`bkdel:${accountId}:${sending}`);
    expect(refusal.text).toBe('“Sending” is sending right now and cannot be deleted. Wait until it finishes.');
    await owner.waitFor(/Status: ▶️ running/);

    await owner.pressCallback(`bkdel:${accountId}:${doomed}`);
    await owner.waitFor(/Delete the SMS campaign “Doomed”/);
    const done = await owner.tap('🗑 Yes, delete');
    expect(done.text).toBe('SMS campaign “Doomed” deleted.');
    await owner.waitFor(/SMS campaigns/);
    expect((await api.bulks.list()).data.some((item) => item.id === doomed)).toBe(false);
    expect((await harness.app.deps.store.audit.list(accountId, { limit: 5, action: 'bulk.delete' })).entries[0]).toMatchObject({ target: `#${doomed} Doomed`, result: 'ok' });
    harness.tg.expectNoViolations();
  });
});
