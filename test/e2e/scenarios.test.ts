import { describe, expect, it } from 'vitest';
import { type AutocallApi, type Scenario } from '../../src/api/index.js';
import { scenarioData } from '../../src/bot/features/scenarios/callbacks.js';
import { links } from '../../src/bot/links.js';
import type { BotUnderTest } from '../support/bot-under-test.js';
import { acceptInvite, buttonLabels, createInvite } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';
import type { ChatMessage, FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_scenarios_0123456789ab';
const MINUTE = 60_000;

const session = ownerSessions(KEY, { env: { FLOOD_LIMIT: '1000' } });

/** The bot, an owner speaking English with the key linked, and the SDK on the same sandbox account. */
async function start(): Promise<{ h: BotUnderTest; owner: FakeUser; api: AutocallApi; accountId: string }> {
  const { harness: h, owner, api, accountId } = await session();
  return { h, owner, api, accountId };
}

async function allScenarios(api: AutocallApi): Promise<Scenario[]> {
  const first = await api.scenarios.list();
  const rest = await Promise.all(Array.from({ length: first.last_page - 1 }, (_, i) => api.scenarios.list({ page: i + 2 })));
  return [first, ...rest].flatMap((page) => page.data);
}

async function seeded(api: AutocallApi): Promise<Scenario> {
  const found = (await allScenarios(api)).find((scenario) => scenario.name === 'Опрос качества');
  if (!found) throw new Error('the seeded scenario is missing');
  return found;
}

function callbackOf(message: ChatMessage, label: RegExp): string | undefined {
  const markup = message.reply_markup;
  if (!markup || !('inline_keyboard' in markup)) return undefined;
  const button = markup.inline_keyboard.flat().find((b) => label.test(b.text));
  return button && 'callback_data' in button ? button.callback_data : undefined;
}

const survey = { steps: [{ id: 1, type: 'say', text: 'Оцените обслуживание от 1 до 5' }, { id: 2, type: 'keys', options: { '1': 3, '5': 3 } }, { id: 3, type: 'record', max_seconds: 15 }] };

describe('/scenarios', () => {
  it('pages scenarios with their state, shows a card with the outline, and sends the structure as JSON', async () => {
    const { h, owner, api, accountId } = await start();
    const denied = await api.scenarios.create({ name: 'Казино: опрос', data: JSON.stringify(survey) });
    for (let i = 1; i <= 7; i++) await api.scenarios.create({ name: `Опрос ${i}`, data: JSON.stringify({ steps: [{ id: 1, type: 'play', sound_id: i }] }) });
    h.autocall.clock.advance(3 * MINUTE);
    await api.scenarios.create({ name: 'Свежий', data: JSON.stringify(survey) });
    const scenarios = await allScenarios(api);
    expect(scenarios.length).toBe(10);
    const quality = await seeded(api);

    await owner.send('/scenarios');
    const first = await owner.waitFor(/Scenarios: 10 · page 1 of 2/);
    const names = buttonLabels(first).filter((label) => /^[✓⏳✗] /.test(label)).map((label) => label.slice(2));
    expect(names).toEqual(scenarios.slice(0, 8).map((scenario) => scenario.name));
    expect(first.text).toMatch(/Свежий — up to ₸[\d.,]+ a call · ⏳ on moderation/);
    expect(first.text).toContain('✓ approved');
    await owner.tap('›');
    const second = await owner.waitFor(/page 2 of 2/);
    expect(second.text).toContain('Казино: опрос');
    expect(second.text).toContain('✗ denied: Реклама азартных игр запрещена.');
    await owner.tap(/Казино: опрос/);
    const deniedCard = await owner.waitFor(/Moderation: ✗ denied/);
    expect(buttonLabels(deniedCard)).not.toContain('📞 Use in a campaign');
    expect(deniedCard.text).toContain('1. say — id: 1, text: “Оцените обслуживание от 1 до 5”');
    expect(denied.id).toBeGreaterThan(0);

    await owner.tap(/All scenarios/);
    await owner.waitFor(/page 1 of 2/);
    await owner.tap('›');
    await owner.waitFor(/page 2 of 2/);
    await owner.tap(/Опрос качества/);
    const card = await owner.waitFor(/Moderation: ✓ approved/);
    expect(card.text).toMatch(/steps:\n {2}1\. play — id: 1, sound_id: \d+\n {2}2\. record — id: 2, max_seconds: 10\n {2}3\. hangup — id: 3/);
    expect(callbackOf(card, /Use in a campaign/)).toBe(links.callWithScenario(accountId, quality.id));
    await owner.tap(/JSON file/);
    const file = await owner.waitFor((message) => message.media?.file_name === 'Опрос качества.json');
    expect(JSON.parse(Buffer.from(file.media?.bytes ?? []).toString('utf8'))).toEqual((await api.scenarios.get(quality.id)).data);
    h.tg.expectNoViolations();
  });

  it('creates a scenario from a file: explains invalid JSON and AutoCall\'s 422, offers the file\'s name', async () => {
    const { h, owner, api, accountId } = await start();
    await owner.send('/scenarios');
    await owner.waitFor(/Scenarios: 1/);
    await owner.tap(/New from a JSON file/);
    await owner.waitFor(/New scenario · step 1\/2/);

    await owner.sendDocument({ fileName: 'survey-april.json', mimeType: 'application/json', bytes: Buffer.from('{\n  "steps": [\n    {"id": 1, "type": "say"},\n  ]\n}') });
    await owner.waitFor(/This is not valid JSON: line 3, column 29 — a comma before a closing bracket is not allowed in JSON \(found ,\)/);
    await owner.sendDocument({ fileName: 'survey-april.json', mimeType: 'application/json', bytes: Buffer.from('[{"id": 1, "type": "say"}]') });
    await owner.waitFor(/step 2\/2/);
    await owner.send('Апрельский опрос');
    // The sandbox, like the portal, wants an object: its 422 is explained and the file is asked again.
    await owner.waitFor(/AutoCall did not accept the data:\n• data: .+\n\nSend the scenario as a JSON file/);
    expect((await allScenarios(api)).length).toBe(1);

    await owner.sendDocument({ fileName: 'survey-april.json', mimeType: 'application/json', bytes: Buffer.from(`\uFEFF${JSON.stringify(survey, null, 2)}`) });
    await owner.waitFor(/step 2\/2/);
    await owner.tap('Use “survey-april”');
    const card = await owner.waitFor(/The scenario is created and sent to moderation/);
    expect(card.text).toContain('Moderation: ⏳ on moderation');
    expect(card.text).toContain('3. record — id: 3, max_seconds: 15');
    const created = (await allScenarios(api)).find((scenario) => scenario.name === 'survey-april');
    expect(created).toBeDefined();
    expect((await api.scenarios.get(created?.id ?? 0)).data).toEqual(survey);
    const [entry] = (await h.app.deps.store.audit.list(accountId, { limit: 1 })).entries;
    expect(entry).toMatchObject({ action: 'scenario.create', result: 'ok' });
    h.tg.expectNoViolations();
  });

  it('replaces a scenario\'s structure from pasted JSON, renames it, and deletes it; a scenario in use is refused', async () => {
    const { h, owner, api } = await start();
    const quality = await seeded(api);
    const spare = await api.scenarios.create({ name: 'Запасной', data: JSON.stringify(survey) });
    h.autocall.clock.advance(3 * MINUTE);
    await api.autocalls.create({ name: 'Later', type: 'interactive', scenario_id: quality.id, list_id: [{ number: '+77011234567' }], date_from: '2099-01-01' });

    await owner.send('/scenarios');
    await owner.waitFor(/Scenarios: 2/);
    await owner.tap(/Запасной/);
    await owner.waitFor(/Moderation: ✓ approved/);
    await owner.tap(/Replace from a file/);
    await owner.waitFor(/New structure of a scenario · step 1\/1/);
    await owner.send('{"steps": [{"id": 1, "type": "play", "sound_id": 7}]}');
    const replaced = await owner.waitFor(/The structure is replaced; the scenario is on moderation again/);
    expect(replaced.text).toContain('1. play — id: 1, sound_id: 7');
    expect((await api.scenarios.get(spare.id)).data).toEqual({ steps: [{ id: 1, type: 'play', sound_id: 7 }] });

    await owner.tap(/Rename/);
    await owner.waitFor(/Renaming a scenario · step 1\/1/);
    await owner.send('Запасной — май');
    await owner.waitFor('Renamed: “Запасной” → “Запасной — май”');
    await owner.tap(/Delete/);
    await owner.waitFor(/Delete the scenario Запасной — май\?/);
    await owner.tap(/Yes, delete/);
    await owner.waitFor(/The scenario “Запасной — май” is deleted/);
    expect((await allScenarios(api)).map((scenario) => scenario.id)).toEqual([quality.id]);

    await owner.tap(/Опрос качества/);
    await owner.waitFor(/Moderation: ✓ approved/);
    await owner.tap(/Delete/);
    await owner.waitFor(/Delete the scenario Опрос качества\?/);
    await owner.tap(/Yes, delete/);
    await owner.waitFor(/AutoCall did not delete the scenario: .+/);
    expect((await allScenarios(api)).map((scenario) => scenario.id)).toEqual([quality.id]);
    h.tg.expectNoViolations();
  });

  it('lets a viewer read and download but not change; crafted create and delete are refused', async () => {
    const { h, owner, api, accountId } = await start();
    const viewer = h.tg.user({ first_name: 'Vera', language_code: 'en' });
    await acceptInvite(viewer, await createInvite(owner, /Invite: viewer/));
    const quality = await seeded(api);

    await viewer.send('/scenarios');
    const list = await viewer.waitFor(/Scenarios: 1/);
    expect(buttonLabels(list)).not.toContain('➕ New from a JSON file');
    await viewer.tap(/Опрос качества/);
    const card = await viewer.waitFor(/Moderation/);
    expect(buttonLabels(card)).toEqual(['⬇️ JSON file', '« All scenarios']);
    const create = await viewer.pressCallback(scenarioData('create', accountId));
    expect(create.text).toMatch(/Your role \(viewer\) cannot do this/);
    const remove = await viewer.pressCallback(scenarioData('deleteYes', accountId, quality.id));
    expect(remove.text).toMatch(/Your role \(viewer\) cannot do this/);
    expect((await allScenarios(api)).map((scenario) => scenario.id)).toEqual([quality.id]);
    h.tg.expectNoViolations();
  });
});
