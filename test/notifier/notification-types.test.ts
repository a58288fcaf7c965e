import { describe, expect, it } from 'vitest';
import { CHOOSABLE_TYPES, defaultTypesFor, OTHER_TYPES, toggleType, typeCode, typeLabelKey, typeOfCode, wants } from '../../src/notifier/notification-types.js';

describe('notification types', () => {
  it.each([
    [['AutocallFinished'], 'AutocallFinished', true],
    [['AutocallFinished'], 'LowBalance', false],
    [[OTHER_TYPES], 'CampaignArchived', true],
    [[OTHER_TYPES], 'LowBalance', false],
    [[], 'CampaignArchived', false],
  ])('a chat choosing %j wants %s: %s', (types, type, expected) => {
    expect(wants(types, type)).toBe(expected);
  });

  it.each([
    ['owner', ['AutocallFinished', 'LowBalance', 'CallerIdExpiringSoon', OTHER_TYPES]],
    ['manager', ['AutocallFinished', 'LowBalance', 'CallerIdExpiringSoon', OTHER_TYPES]],
    ['support', []],
    ['viewer', []],
  ] as const)('a %s gets by default %j', (role, expected) => {
    expect(defaultTypesFor(role)).toEqual(expected);
  });

  it('toggles a type in and out, keeping the order of the list', () => {
    const on = toggleType(['LowBalance'], 'AutocallFinished');
    expect(on).toEqual(['AutocallFinished', 'LowBalance']);
    expect(toggleType(on, 'LowBalance')).toEqual(['AutocallFinished']);
  });

  it('gives every choosable type a code that names it back, and nothing for a stale code', () => {
    for (const type of CHOOSABLE_TYPES) expect(typeOfCode(typeCode(type))).toBe(type);
    expect(typeOfCode(CHOOSABLE_TYPES.length)).toBeNull();
  });

  it.each([
    ['AutocallFinished', 'alert-type-autocall-finished'],
    ['SMSBulkFinished', 'alert-type-sms-bulk-finished'],
    ['CallerIdExpiringSoon', 'alert-type-caller-id-expiring-soon'],
    ['NonexistentContactsDetected', 'alert-type-nonexistent-contacts-detected'],
    [OTHER_TYPES, 'alert-type-other'],
    ['CampaignArchived', 'alert-type-other'],
  ])('names %s with %s', (type, key) => {
    expect(typeLabelKey(type)).toBe(key);
  });
});
