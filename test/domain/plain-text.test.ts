import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/domain/text/index.js';

describe('htmlToPlainText', () => {
  it.each([
    ['<b>Баланс</b>: 1 450,75 ₸', 'Баланс: 1 450,75 ₸'],
    ['a &lt;b&gt; &amp; &quot;c&quot;', 'a <b> & "c"'],
    ['<a href="https://t.me/x?start=inv_1">link</a> &#128512; &#x41;', 'link 😀 A'],
    ['<tg-spoiler>secret</tg-spoiler>\n<code>+7 701 123 45 67</code>', 'secret\n+7 701 123 45 67'],
    ['no markup at all', 'no markup at all'],
  ])('%s', (html, plain) => {
    expect(htmlToPlainText(html)).toBe(plain);
  });
});
