/**
 * Every AutoCall error kind, in every language, becomes a human message with the next action; no status code,
 * stack or JSON reaches the person.
 */
import { describe, expect, it } from 'vitest';
import { AutocallError, type AutocallErrorDetails } from '../../src/api/index.js';
import type { BotContext } from '../../src/bot/context.js';
import { describeAutocallError } from '../../src/bot/errors/describe-autocall-error.js';
import { createI18n, LANGUAGES, type Language, translatorFor } from '../../src/bot/i18n.js';

const translate = translatorFor(createI18n<BotContext>(() => 'ru'));

function contextIn(lang: Language, balance: number | null): BotContext {
  const api = { payments: { balance: async () => (balance === null ? Promise.reject(new Error('down')) : { balance, currency: '₸' }) } };
  return {
    t: (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars),
    viewer: { userId: 1, name: 'A', lang, account: { id: 'acc1', name: 'Shop <Almaty>', status: 'active', demo: false }, role: 'manager' },
    deps: { apis: { forAccount: async () => api } },
  } as unknown as BotContext;
}

const context = { operation: 'post-autocalls', method: 'POST', path: '/autocalls', status: null, serverMessage: 'Подозрение на спам' };

const KINDS: AutocallErrorDetails[] = [
  { kind: 'unauthenticated' },
  { kind: 'insufficient_funds' },
  { kind: 'forbidden', fields: {} },
  { kind: 'not_found' },
  { kind: 'conflict' },
  { kind: 'validation', fields: { 'numbers.0.number': ['Неверный формат номера <+7…>'] } },
  { kind: 'rate_limited', retryAfterMs: 1000 },
  { kind: 'server' },
  { kind: 'network', code: 'ECONNRESET' },
  { kind: 'timeout', timeoutMs: 15_000 },
  { kind: 'invalid_response', issues: ['x'] },
  { kind: 'queue_full', queueLimit: 1000 },
  { kind: 'aborted' },
];

describe('describeAutocallError', () => {
  for (const lang of LANGUAGES) {
    it.each(KINDS.map((details) => [details.kind, details] as const))(`${lang}: %s reads as a human message`, async (_kind, details) => {
      const reply = await describeAutocallError(contextIn(lang, 120.5), new AutocallError(details, context));
      expect(reply.text).not.toMatch(/^err-|\{|undefined|\bnull\b|\b[45]\d\d\b|Error:/);
      expect(reply.text.length).toBeGreaterThan(10);
    });
  }

  it('402 says the balance and offers a Top up button for the account', async () => {
    const reply = await describeAutocallError(contextIn('en', 120.5), new AutocallError({ kind: 'insufficient_funds' }, context));
    expect(reply.text).toContain('₸120.50');
    expect(JSON.stringify(reply.keyboard?.inline_keyboard)).toContain('"callback_data":"topup:acc1"');
  });

  it('402 without a readable balance still explains and offers top-up', async () => {
    const reply = await describeAutocallError(contextIn('ru', null), new AutocallError({ kind: 'insufficient_funds' }, context));
    expect(reply.text).toMatch(/Недостаточно средств/);
    expect(reply.keyboard).toBeDefined();
  });

  it('401 names the account (escaped) and how to relink', async () => {
    const reply = await describeAutocallError(contextIn('en', 0), new AutocallError({ kind: 'unauthenticated' }, context));
    expect(reply.text).toContain('Shop &lt;Almaty&gt;');
    expect(reply.text).toContain('/account');
  });

  it('403 carries the server\'s reason; 422 lists the fields, escaped', async () => {
    const forbidden = await describeAutocallError(contextIn('ru', 0), new AutocallError({ kind: 'forbidden', fields: {} }, context));
    expect(forbidden.text).toContain('Подозрение на спам');
    const invalid = await describeAutocallError(
      contextIn('ru', 0),
      new AutocallError({ kind: 'validation', fields: { 'numbers.0.number': ['Неверный формат номера <+7…>'] } }, context),
    );
    expect(invalid.text).toContain('<code>numbers.0.number</code>: Неверный формат номера &lt;+7…&gt;');
  });
});
