/**
 * What the menus of an account's named content — contact lists, sounds, scenarios — do alike: the command opens
 * page 1, a card shows one item as AutoCall has it now, Rename runs the rename wizard, Delete asks and Yes deletes
 * (a refusal is said on the card, with AutoCall's reason; a delete returns to page 1). Every change is audited as
 * `<kind>.rename` / `<kind>.delete`; texts are the kind's own `<kind>-deleted`, `<kind>-delete-refused`,
 * `<kind>-rename-title` and `<kind>-rename-prompt`. Each feature describes its kind once and keeps what only it
 * has (contacts, voice answers, the JSON structure).
 */
import { type Composer, InlineKeyboard } from 'grammy';
import type { AutocallApi } from '../api/index.js';
import { apiPageOf, type FetchApiPage } from './api-pages.js';
import { type CardView, enterRename, type Renamable, renameWizard } from '../conversations/rename/rename-wizard.js';
import { accessToCurrent, refuse } from './auth/guard.js';
import { type Granted, onTap } from './auth/guarded-tap.js';
import type { BotContext } from './context.js';
import { isRefusal, serverReason } from './errors/server-reason.js';
import type { WizardEntry } from './features/feature.js';
import { recordAction } from './record-action.js';
import type { PageSlice } from './paging.js';
import { show, type View } from './show.js';

/** An item with the name the menus show and rename. */
export interface NamedItem {
  id: number;
  name: string;
}

/** One kind of named content, as its feature describes it: `T` as a card shows it, `S` as a page lists it. */
export interface ContentKind<T extends NamedItem, S = T> {
  /** `list`, `sound`, `scenario`: names the audit actions, the texts and the rename wizard (`rename-list`). */
  kind: string;
  read(api: AutocallApi, id: number): Promise<T>;
  rename(api: AutocallApi, id: number, name: string): Promise<void>;
  remove(api: AutocallApi, id: number): Promise<void>;
  /** How the audit log names the item; `#12 «Clients»` unless the kind says more. */
  auditTarget?(item: T): string;
  /** AutoCall's page `apiPage` (from 1) of the account's items, and a page (from 0) of them with a notice (HTML). */
  readPage(api: AutocallApi): FetchApiPage<S>;
  pageView(ctx: BotContext, granted: Granted, slice: PageSlice<S>, noticeHtml: string): View;
  card(ctx: BotContext, granted: Granted, item: T, noticeHtml?: string): CardView;
  /** The text asking whether to delete (HTML). */
  deleteQuestion(ctx: BotContext, item: T): string;
  /** Callback data of the card (Back from the question) and of Yes. */
  cardData(accountId: string, id: number): string;
  deleteYesData(accountId: string, id: number): string;
  /** Taps: a page (page), the card, rename, delete and yes (item id). */
  patterns: { page: RegExp; card: RegExp; rename: RegExp; delete: RegExp; deleteYes: RegExp };
}

/** The kind's page (from 0), with a notice (HTML) above it. */
export async function contentPage<T extends NamedItem, S>(kind: ContentKind<T, S>, ctx: BotContext, granted: Granted, page: number, noticeHtml = ''): Promise<View> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  return kind.pageView(ctx, granted, await apiPageOf(kind.readPage(api), page), noticeHtml);
}

function deleteQuestionView<T extends NamedItem, S>(kind: ContentKind<T, S>, ctx: BotContext, granted: Granted, item: T): CardView {
  const accountId = granted.account.id;
  return {
    text: kind.deleteQuestion(ctx, item),
    keyboard: new InlineKeyboard().text(ctx.t(`${kind.kind}-btn-delete-yes`), kind.deleteYesData(accountId, item.id)).text(ctx.t('btn-back'), kind.cardData(accountId, item.id)),
  };
}

function auditTarget<T extends NamedItem, S>(kind: ContentKind<T, S>, item: T): string {
  return kind.auditTarget?.(item) ?? `#${item.id} «${item.name}»`;
}

/** The item's card as AutoCall has it now, with a notice (HTML) above it. */
export async function loadContentCard<T extends NamedItem, S>(kind: ContentKind<T, S>, ctx: BotContext, granted: Granted, id: number, noticeHtml = ''): Promise<CardView> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  return kind.card(ctx, granted, await kind.read(api, id), noticeHtml);
}

/** What the rename wizard needs for the kind. */
export function renamableOf<T extends NamedItem, S>(kind: ContentKind<T, S>): Renamable {
  const apiOf = (ctx: BotContext, granted: Granted) => ctx.deps.apis.forAccount(granted.account);
  return {
    id: `rename-${kind.kind}`,
    titleKey: `${kind.kind}-rename-title`,
    promptKey: `${kind.kind}-rename-prompt`,
    auditAction: `${kind.kind}.rename`,
    currentName: async (ctx, granted, id) => (await kind.read(await apiOf(ctx, granted), id)).name,
    rename: async (ctx, granted, id, name) => kind.rename(await apiOf(ctx, granted), id, name),
    card: (ctx, granted, id, noticeHtml) => loadContentCard(kind, ctx, granted, id, noticeHtml),
  };
}

/** The command and the main menu's entry: page 1, for whoever may view the account. */
export function contentOpener<T extends NamedItem, S>(kind: ContentKind<T, S>): (ctx: BotContext) => Promise<void> {
  return async (ctx) => {
    const access = accessToCurrent(ctx, 'view');
    if (!access.ok) return refuse(ctx, access, 'view');
    await show(ctx, await contentPage(kind, ctx, access, 0));
  };
}

/** Registers the kind's page, card, rename, delete and yes taps; returns the rename wizard to declare. */
export function registerContentTaps<T extends NamedItem, S>(composer: Composer<BotContext>, kind: ContentKind<T, S>): WizardEntry {
  const renamable = renamableOf(kind);
  const readItem = async (ctx: BotContext, granted: Granted, id: number) => kind.read(await ctx.deps.apis.forAccount(granted.account), id);

  onTap(composer, kind.patterns.page, 'view', async (ctx, granted, [page = 0]) => show(ctx, await contentPage(kind, ctx, granted, page)));

  onTap(composer, kind.patterns.card, 'view', async (ctx, granted, [id = 0]) => show(ctx, await loadContentCard(kind, ctx, granted, id)));

  onTap(composer, kind.patterns.rename, 'content.edit', (ctx, granted, [id = 0]) => enterRename(ctx, renamable, { accountId: granted.account.id, itemId: id }));

  onTap(composer, kind.patterns.delete, 'content.edit', async (ctx, granted, [id = 0]) => show(ctx, deleteQuestionView(kind, ctx, granted, await readItem(ctx, granted, id))));

  onTap(composer, kind.patterns.deleteYes, 'content.edit', async (ctx, granted, [id = 0]) => {
    const api = await ctx.deps.apis.forAccount(granted.account);
    const item = await kind.read(api, id);
    const target = auditTarget(kind, item);
    try {
      await kind.remove(api, id);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const reason = serverReason(error);
      await recordAction(ctx, granted.account.id, `${kind.kind}.delete`, target, reason);
      return show(ctx, await loadContentCard(kind, ctx, granted, id, ctx.t(`${kind.kind}-delete-refused`, { reason })));
    }
    await recordAction(ctx, granted.account.id, `${kind.kind}.delete`, target);
    await show(ctx, await contentPage(kind, ctx, granted, 0, ctx.t(`${kind.kind}-deleted`, { name: item.name })));
  });

  return renameWizard(renamable);
}
