/**
 * Deleting call campaigns and who may: the owner deletes after confirming (audited, gone from AutoCall); a running
 * campaign is refused with the reason, also when its card was opened before it started; a viewer is offered no
 * Delete and a support member's forged Delete is refused on the server. Links from other messages (an alert)
 * answer with a new message and leave that message as it was.
 */
import { describe, expect, it } from 'vitest';
import type { AutocallApi } from '../../src/api/index.js';
import { buttonLabels, createCallCampaign, joinTeam, openCampaignCard, testRecipients } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';

const KEY = 'ak_live_campaign_actions_0123456789';
const MINUTE = 60_000;

const start = ownerSessions(KEY);

/** A campaign in moderation; `size` numbers keep it running for a while once it starts (30 calls a minute). */
function campaign(api: AutocallApi, name: string, size: number): Promise<number> {
  return createCallCampaign(api, name, testRecipients('747', 7000, size));
}

describe('deleting call campaigns', () => {
  it('deletes after confirmation, audits it, and the list no longer has it', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await campaign(api, 'To delete', 1);

    await openCampaignCard(owner, '/campaigns', /To delete/);
    await owner.tap('🗑 Delete');
    const question = await owner.waitFor(/Delete the campaign “To delete” \(🛡 in moderation\)\?/);
    expect(buttonLabels(question)).toEqual(['🗑 Yes, delete', '« Back']);
    const answer = await owner.tap('🗑 Yes, delete');
    expect(answer.text).toBe('Campaign “To delete” deleted.');
    const list = await owner.waitFor(/Call campaigns/);
    expect(buttonLabels(list).some((label) => label.includes('To delete'))).toBe(false);

    expect((await api.autocalls.list()).data.some((autocall) => autocall.id === id)).toBe(false);
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 5, action: 'campaign.delete' });
    expect(audit.entries[0]).toMatchObject({ actorId: owner.id, target: `#${id} To delete`, result: 'ok' });
    harness.tg.expectNoViolations();
  });

  it('refuses to delete a running campaign with the reason, even from a card opened before it started', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await campaign(api, 'Long run', 90);

    expect(buttonLabels(await openCampaignCard(owner, '/campaigns', /Long run/))).toContain('🗑 Delete');
    // Moderation passes and the first minute of calls starts while the card is on screen.
    harness.autocall.clock.advance(3 * MINUTE);
    expect((await api.autocalls.get(id)).status).toBe('running');

    const refusal = await owner.tap('🗑 Delete');
    expect(refusal).toMatchObject({ show_alert: true, text: '“Long run” is running right now and cannot be deleted. Wait until it finishes.' });
    const card = await owner.waitFor(/Status: ▶️ running/);
    expect(buttonLabels(card)).not.toContain('🗑 Delete');
    expect((await api.autocalls.get(id)).status).toBe('running');

    // Relaunch is for completed campaigns only, whatever a button claims.
    const relaunch = await owner.pressCallback(`acr:${accountId}:${id}`);
    expect(relaunch.text).toBe('Only a completed campaign can be called again; this one is ▶️ running.');
    harness.tg.expectNoViolations();
  });

  it('offers a viewer no Delete, and refuses a support member\'s forged delete on the server', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await campaign(api, 'Keep me', 1);
    const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'en' });
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');
    await joinTeam(owner, support, 'support');

    expect(buttonLabels(await openCampaignCard(viewer, '/campaigns', /Keep me/))).toEqual(['🔄 Refresh', '📋 Calls', '⬇️ Export CSV', '« To the list']);
    const asked = await viewer.pressCallback(`acdel:${accountId}:${id}`);
    expect(asked).toMatchObject({ show_alert: true, text: 'Your role (viewer) cannot do this. It needs manager or higher.' });

    await support.send('/campaigns');
    await support.waitFor(/Call campaigns/);
    const forged = await support.pressCallback(`acdy:${accountId}:${id}`);
    expect(forged.text).toBe('Your role (support) cannot do this. It needs manager or higher.');
    expect((await api.autocalls.get(id)).name).toBe('Keep me');
    expect(harness.logs()).toContain('callback refused');
    harness.tg.expectNoViolations();
  });

  it('opens a campaign from an alert as a new message, leaving the alert as it was', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await campaign(api, 'Alerted', 1);
    // What the notifier sends: a plain message with a link button into this feature.
    await harness.app.bot.api.sendMessage(owner.id, 'Campaign “Alerted” needs a look.', {
      reply_markup: { inline_keyboard: [[{ text: 'Open', callback_data: `ac:${accountId}:${id}` }]] },
    });
    await owner.waitFor(/needs a look/);
    await owner.tap('Open');
    const card = await owner.waitFor(/Alerted/);
    expect(card.text).toContain('Status: 🛡 in moderation');
    const alert = owner.messages().find((message) => message.text?.includes('needs a look'));
    expect(alert?.edits).toHaveLength(0);
    expect(card.message_id).not.toBe(alert?.message_id);

    // Export from the alert too: the file arrives in the chat.
    await harness.app.bot.api.sendMessage(owner.id, 'Export?', {
      reply_markup: { inline_keyboard: [[{ text: 'Export', callback_data: `acx:${accountId}:${id}` }]] },
    });
    await owner.waitFor(/Export\?/);
    await owner.tap('Export');
    const file = await owner.waitFor((message) => message.media?.kind === 'document');
    expect(file.media?.file_name).toBe(`campaign-${id}-calls.csv`);
    harness.tg.expectNoViolations();
  });
});
