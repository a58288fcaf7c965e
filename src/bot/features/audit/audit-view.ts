/**
 * The audit log as one live message: a page of entries (newest first) with the filters in force, ‹ › paging, the
 * two filter pickers and the CSV export; the pickers replace the page in place and lead back to it.
 */
import { InlineKeyboard } from 'grammy';
import { formatKzDateTime } from '../../../domain/format/index.js';
import { escapeHtml } from '../../../domain/text/index.js';
import type { Account, AuditRecord } from '../../../store/index.js';
import type { BotContext } from '../../context.js';
import { PAGE_SIZE } from '../../paging.js';
import type { View } from '../../show.js';
import { actionLabel } from './action-labels.js';
import { type AuditFilter, auditButtons, isFilterableAction, NO_FILTER } from './audit-filter.js';
import type { AuditFacets, AuditPageRead } from './audit-reader.js';

/** People offered in the person picker (two to a row). */
const PEOPLE_MAX = 24;

function entryLine(ctx: BotContext, entry: AuditRecord): string {
  const parts = [
    `<i>${escapeHtml(formatKzDateTime(new Date(entry.at), ctx.viewer.lang))}</i>`,
    `<b>${escapeHtml(entry.actorName)}</b>`,
    escapeHtml(actionLabel(ctx, entry.action)),
  ];
  if (entry.target) parts.push(escapeHtml(entry.target));
  const result = `${entry.result === 'ok' ? '✅' : '❌'}${entry.detail ? ` ${escapeHtml(entry.detail)}` : ''}`;
  return `${parts.join(' · ')} ${result}`;
}

function filterText(ctx: BotContext, filter: AuditFilter, personName: string | null): string {
  return ctx.t('audit-filters', {
    action: filter.action ? actionLabel(ctx, filter.action) : ctx.t('audit-all-actions'),
    person: filter.actorId ? (personName ?? String(filter.actorId)) : ctx.t('audit-everyone'),
  });
}

export function auditPageView(ctx: BotContext, account: Account, filter: AuditFilter, read: AuditPageRead, personName: string | null): View {
  const head = [ctx.t('audit-title', { account: account.name }), filterText(ctx, filter, personName)];
  const filtered = filter.action !== null || filter.actorId !== null;
  const body =
    read.entries.length === 0
      ? ctx.t(filtered ? 'audit-empty-filtered' : 'audit-empty')
      : [ctx.t('audit-range', { from: read.page * PAGE_SIZE + 1, to: read.page * PAGE_SIZE + read.entries.length }), ...read.entries.map((entry) => entryLine(ctx, entry))].join('\n');
  const keyboard = new InlineKeyboard()
    .text(ctx.t('audit-btn-action'), auditButtons.pickAction(account.id, filter))
    .text(ctx.t('audit-btn-person'), auditButtons.pickPerson(account.id, filter))
    .row();
  if (read.page > 0) keyboard.text('‹', auditButtons.page(account.id, read.page - 1, filter));
  if (read.hasMore) keyboard.text('›', auditButtons.page(account.id, read.page + 1, filter));
  if (read.page > 0 || read.hasMore) keyboard.row();
  if (read.entries.length > 0) keyboard.text(ctx.t('audit-btn-export'), auditButtons.export(account.id, filter)).row();
  if (filtered) keyboard.text(ctx.t('audit-btn-clear'), auditButtons.page(account.id, 0, NO_FILTER)).row();
  return { text: [...head, '', body].join('\n'), keyboard };
}

export function actionPickerView(ctx: BotContext, account: Account, filter: AuditFilter, facets: AuditFacets): View {
  const keyboard = new InlineKeyboard().text(ctx.t('audit-all-actions-btn'), auditButtons.page(account.id, 0, { ...filter, action: null })).row();
  facets.actions.filter(isFilterableAction).forEach((action, index) => {
    keyboard.text(actionLabel(ctx, action), auditButtons.page(account.id, 0, { ...filter, action }));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t('btn-back'), auditButtons.page(account.id, 0, filter));
  return { text: ctx.t('audit-pick-action', { account: account.name }), keyboard };
}

export function personPickerView(ctx: BotContext, account: Account, filter: AuditFilter, people: readonly { id: number; name: string }[]): View {
  const keyboard = new InlineKeyboard().text(ctx.t('audit-everyone-btn'), auditButtons.page(account.id, 0, { ...filter, actorId: null })).row();
  people.slice(0, PEOPLE_MAX).forEach((person, index) => {
    keyboard.text(person.name.trim() || String(person.id), auditButtons.page(account.id, 0, { ...filter, actorId: person.id }));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t('btn-back'), auditButtons.page(account.id, 0, filter));
  return { text: ctx.t('audit-pick-person', { account: account.name }), keyboard };
}
