import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { acceptInvite, joinTeam, linkKey } from '../support/journeys.js';
import type { FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_team_0123456789abcdef';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function invite(owner: FakeUser, roleLabel: RegExp): Promise<string> {
  await owner.send('/team');
  await owner.waitFor(/Team of the account/);
  await owner.tap(roleLabel);
  const message = await owner.waitFor(/Invite with the role/);
  const link = /https:\/\/t\.me\/\S+/.exec(message.text ?? '')?.[0];
  if (!link) throw new Error('no invite link in the message');
  return link;
}

describe('team and roles', () => {
  it('invites a manager and a support member; each joins with the role, the owner is told', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const manager = harness.tg.user({ first_name: 'Marat', language_code: 'ru' });
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'kk' });
    await acceptInvite(manager, await invite(owner, /Invite: manager/));
    await owner.waitFor(/Marat accepted the invite .* as manager/);
    await acceptInvite(support, await invite(owner, /Invite: support/));
    await owner.waitFor(/Sveta accepted the invite .* as support/);
    expect(support.lastMessage()?.text).toMatch(/рөліңіз: қолдау/);

    await owner.send('/team');
    const list = await owner.waitFor(/Members: 3/);
    expect(list.text).toContain('Members: 3');

    // The same invite link works once only.
    const link = await invite(owner, /Invite: viewer/);
    const first = harness.tg.user({ first_name: 'First', language_code: 'en' });
    const second = harness.tg.user({ first_name: 'Second', language_code: 'en' });
    await acceptInvite(first, link);
    const payload = /start=(inv_[\w-]+)/.exec(link)?.[1] ?? '';
    await second.send(`/start ${payload}`);
    await second.waitFor(/has been used or has expired/);
    harness.tg.expectNoViolations();
  });

  it('refuses a support member\'s forged callback for an owner action and logs it', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    await acceptInvite(support, await invite(owner, /Invite: support/));
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';

    // A support member types /team: refused by role.
    await support.send('/team');
    await support.waitFor(/Your role \(support\) cannot do this/);
    // A crafted button press to promote themselves to owner: refused on the server, nothing changes.
    const answer = await support.pressCallback(`team:r:${accountId}:${support.id}:owner`);
    expect(answer.text).toMatch(/Your role \(support\) cannot do this/);
    expect((await harness.app.deps.store.members.get(accountId, support.id))?.role).toBe('support');
    expect(harness.logs()).toContain('callback refused');
    harness.tg.expectNoViolations();
  });

  it('a removed member loses access at once', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const manager = harness.tg.user({ first_name: 'Marat', language_code: 'en' });
    await acceptInvite(manager, await invite(owner, /Invite: manager/));
    await manager.send('/menu');
    await manager.waitFor(/your role: manager/);

    await owner.send('/team');
    await owner.waitFor(/Members: 2/);
    await owner.tap(/Marat/);
    await owner.waitFor(/Role: manager/);
    await owner.tap(/Remove from the team/);
    await owner.waitFor(/Remove Marat/);
    await owner.tap(/Yes, remove/);
    await owner.waitFor(/Members: 1/);

    await manager.send('/account');
    await manager.waitFor(/no linked accounts/);
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
    expect(await harness.app.deps.store.members.get(accountId, manager.id)).toBeNull();
    harness.tg.expectNoViolations();
  });
});

async function accountOf(user: FakeUser): Promise<string> {
  return (await harness?.app.deps.store.members.listByUser(user.id))?.[0]?.accountId ?? '';
}

describe('roles and leaving', () => {
  it('an owner changes a member\'s role; the new role applies to the next tap', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const member = harness.tg.user({ first_name: 'Viktor', language_code: 'en' });
    await joinTeam(owner, member, 'viewer');
    await member.send('/topup');
    await member.waitFor(/Your role \(viewer\) cannot do this/);

    await owner.send('/team');
    await owner.waitFor(/Members: 2/);
    await owner.tap(/Viktor/);
    await owner.waitFor(/Role: viewer/);
    await owner.tap('Make manager');
    await owner.waitFor(/Role: manager/);
    const accountId = await accountOf(owner);
    expect((await harness.app.deps.store.members.get(accountId, member.id))?.role).toBe('manager');
    await member.send('/topup');
    await member.waitFor(/Top-up.*step 1\/1/s);
    harness.tg.expectNoViolations();
  });

  it('/logout: a member leaves; the owner unlinks the key for the whole team, after confirming', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const accountId = await accountOf(owner);
    const member = harness.tg.user({ first_name: 'Mira', language_code: 'en' });
    await joinTeam(owner, member, 'manager');

    await member.send('/logout');
    await member.waitFor(/Leave the team of the account/);
    await member.tap('Leave');
    await member.waitFor(/You left the team/);
    expect(await harness.app.deps.store.members.get(accountId, member.id)).toBeNull();

    await owner.send('/logout');
    await owner.waitFor(/Unlink the account/);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/Your accounts/);
    expect(await harness.app.deps.store.accounts.get(accountId)).not.toBeNull();
    await owner.send('/logout');
    await owner.waitFor(/Unlink the account/);
    await owner.tap('Unlink');
    await owner.waitFor(/is unlinked and its key removed/);
    expect(await harness.app.deps.store.accounts.get(accountId)).toBeNull();
    expect(await harness.app.deps.store.accounts.getApiKey(accountId)).toBeNull();
    harness.tg.expectNoViolations();
  });
});
