/**
 * `/audit` (owner, private chat): who did what on the account — paged, filtered by action and by person, and
 * exported as CSV. Entries come from every feature through `store.audit.append`.
 */
import { Composer } from 'grammy';
import type { Account } from '../../../store/index.js';
import { accessTo, accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { sentToPrivateChat } from '../groups/chat-rules.js';
import { sendAuditCsv } from './audit-export.js';
import { type AuditFilter, auditPatterns, filterFrom, NO_FILTER } from './audit-filter.js';
import { readAllAudit, readAuditFacets, readAuditPage } from './audit-reader.js';
import { actionPickerView, auditPageView, personPickerView } from './audit-view.js';

async function showPage(ctx: BotContext, account: Account, filter: AuditFilter, page: number): Promise<void> {
  const { store } = ctx.deps;
  const [read, person] = await Promise.all([
    readAuditPage(store, account.id, filter, page),
    filter.actorId ? store.members.get(account.id, filter.actorId) : null,
  ]);
  // Someone who has left the team is still named by their entries.
  const personName = person?.name ?? read.entries[0]?.actorName ?? null;
  await show(ctx, auditPageView(ctx, account, filter, read, personName));
}

async function openAudit(ctx: BotContext): Promise<void> {
  if (await sentToPrivateChat(ctx)) return;
  const access = accessToCurrent(ctx, 'audit.view');
  if (!access.ok) return refuse(ctx, access, 'audit.view');
  await showPage(ctx, access.account, NO_FILTER, 0);
}

/** The account a button names, re-checked, and the filter it carries; null once the tap has been answered. */
async function tapped(ctx: BotContext, rawAccount: string, rawActor: string, rawAction: string): Promise<{ account: Account; filter: AuditFilter } | null> {
  const access = await accessTo(ctx, rawAccount, 'audit.view');
  if (!access.ok) {
    await refuse(ctx, access, 'audit.view');
    return null;
  }
  const filter = filterFrom(rawActor, rawAction);
  if (!filter) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return null;
  }
  return { account: access.account, filter };
}

const composer = new Composer<BotContext>();
composer.command('audit', openAudit);

composer.callbackQuery(auditPatterns.page, async (ctx) => {
  const [, rawAccount = '', rawPage = '', rawActor = '', rawAction = ''] = ctx.match;
  const found = await tapped(ctx, rawAccount, rawActor, rawAction);
  if (found) await showPage(ctx, found.account, found.filter, /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : 0);
});

composer.callbackQuery(auditPatterns.pickAction, async (ctx) => {
  const [, rawAccount = '', rawActor = ''] = ctx.match;
  const found = await tapped(ctx, rawAccount, rawActor, '');
  if (!found) return;
  const facets = await readAuditFacets(ctx.deps.store, found.account.id);
  await show(ctx, actionPickerView(ctx, found.account, found.filter, facets));
});

composer.callbackQuery(auditPatterns.pickPerson, async (ctx) => {
  const [, rawAccount = '', rawAction = ''] = ctx.match;
  const found = await tapped(ctx, rawAccount, '0', rawAction);
  if (!found) return;
  const { store } = ctx.deps;
  const [facets, members] = await Promise.all([readAuditFacets(store, found.account.id), store.members.listByAccount(found.account.id)]);
  // Today's team first, then whoever acted and has left since.
  const team = members.map((member) => ({ id: member.userId, name: member.name }));
  const former = facets.actors.filter((actor) => !team.some((member) => member.id === actor.id));
  await show(ctx, personPickerView(ctx, found.account, found.filter, [...team, ...former]));
});

composer.callbackQuery(auditPatterns.export, async (ctx) => {
  const [, rawAccount = '', rawActor = '', rawAction = ''] = ctx.match;
  const found = await tapped(ctx, rawAccount, rawActor, rawAction);
  if (!found) return;
  await ctx.answerCallbackQuery({ text: ctx.t('audit-exporting') });
  await sendAuditCsv(ctx, found.account, await readAllAudit(ctx.deps.store, found.account.id, found.filter));
});

export const auditFeature: Feature = {
  name: 'audit',
  composer,
  menu: [{ labelKey: 'menu-audit', permission: 'audit.view', open: openAudit }],
  commands: [{ command: 'audit', permission: 'audit.view', scopes: ['private'] }],
};
