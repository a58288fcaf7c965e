/**
 * A step's paged picker: one button per item of the page (✅ before the chosen ones), ‹ › to turn pages, all as
 * the step's own `choice` buttons, so taps come back from `WizardUi.ask` as `choice` answers. The wizard keeps
 * what is chosen; this only draws the page and reads the taps. Works for one choice (a sound) and for many
 * (contact lists): `toggled` flips an item in a multiple choice.
 */
import { InlineKeyboard } from 'grammy';
import { addPager } from '../../bot/pager.js';
import type { PageSlice } from '../../bot/paging.js';
import { choice } from './wizard-ui.js';

/** One row of the picker; ids are short (AutoCall ids, phone numbers) to fit in callback data. */
export interface PickerItem {
  readonly id: string;
  readonly label: string;
}

/** A tap on the picker: an item, or another page (0-based). */
export type PickerTap = { readonly kind: 'pick'; readonly id: string } | { readonly kind: 'page'; readonly page: number };

const PICK = 'pk:';
const PAGE = 'pg:';

/** Adds the page's item buttons and the ‹ › row to `keyboard`. */
export function pickerKeyboard(
  slice: Pick<PageSlice<PickerItem>, 'items' | 'page' | 'pages'>,
  chosen: readonly string[],
  keyboard: InlineKeyboard = new InlineKeyboard(),
): InlineKeyboard {
  for (const item of slice.items) keyboard.text(`${chosen.includes(item.id) ? '✅ ' : ''}${item.label}`, choice(`${PICK}${item.id}`)).row();
  return addPager(keyboard, slice, (page) => choice(`${PAGE}${page}`));
}

/** Reads a `choice` value as a picker tap; null for the step's other buttons. */
export function readPickerTap(value: string): PickerTap | null {
  if (value.startsWith(PICK) && value.length > PICK.length) return { kind: 'pick', id: value.slice(PICK.length) };
  if (value.startsWith(PAGE)) {
    const page = Number(value.slice(PAGE.length));
    if (Number.isInteger(page) && page >= 0) return { kind: 'page', page };
  }
  return null;
}

/** `chosen` with `id` added, or removed when it was there. */
export function toggled(chosen: readonly string[], id: string): string[] {
  return chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
}
