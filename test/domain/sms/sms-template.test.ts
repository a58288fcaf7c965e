import { describe, expect, it } from 'vitest';
import { renderTemplate, templatePlaceholders, worstCaseSegments } from '../../../src/domain/sms/index.js';

describe('templatePlaceholders', () => {
  it.each([
    ['Здравствуйте, {{name}}! Ваш долг {{debt}} тенге. {{name}}', ['name', 'debt'], []],
    ['No variables', [], []],
    ['{{имя}} and {{ name }} and {{a-b}} and {{}}', [], ['{{имя}}', '{{ name }}', '{{a-b}}', '{{}}']],
    [`{{${'x'.repeat(30)}}} {{${'y'.repeat(31)}}}`, ['x'.repeat(30)], [`{{${'y'.repeat(31)}}}`]],
    ['{{{name}}}', ['name'], []],
  ])('%j', (template, variables, malformed) => {
    expect(templatePlaceholders(template)).toEqual({ variables, malformed });
  });
});

describe('renderTemplate', () => {
  it('fills values, leaves unknown ones empty and reports them', () => {
    const rendered = renderTemplate('Hello {{name}}, you owe {{debt}} KZT by {{date}}.', { name: 'Ivan', debt: '15000' });
    expect(rendered.text).toBe('Hello Ivan, you owe 15000 KZT by .');
    expect(rendered.missing).toEqual(['date']);
    expect(rendered.segments).toMatchObject({ encoding: 'gsm7', segments: 1 });
  });

  it('counts the rendered text, whose encoding a value can change', () => {
    const rendered = renderTemplate('Hello {{name}}', { name: 'Иван' });
    expect(rendered.text).toBe('Hello Иван');
    expect(rendered.segments.encoding).toBe('ucs2');
  });

  it('keeps malformed placeholders as typed and ignores inherited keys', () => {
    expect(renderTemplate('{{ name }} {{constructor}}', { name: 'x' })).toMatchObject({
      text: '{{ name }} ',
      missing: ['constructor'],
    });
  });
});

describe('worstCaseSegments', () => {
  it('bills every variable at its longest value among the contacts', () => {
    const contacts = [{ name: 'Ivan', debt: '15000' }, { name: 'Alexander', debt: '300' }, undefined];
    const rendered = worstCaseSegments('{{name}}: {{debt}}', contacts);
    expect(rendered.text).toBe('Alexander: 15000');
    expect(rendered.segments.units).toBe(16);
  });
});
