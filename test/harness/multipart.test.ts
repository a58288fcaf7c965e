import { describe, expect, it } from 'vitest';
import { parseMultipart } from '../support/telegram/api/multipart.js';

const body = (parts: string[], boundary: string): Buffer => Buffer.from(`--${boundary}\r\n${parts.join(`\r\n--${boundary}\r\n`)}\r\n--${boundary}--\r\n`);

describe('multipart parsing', () => {
  it.each([
    { name: "grammY's unquoted file name with spaces", disposition: 'content-disposition:form-data;name="f1";filename=отчёт кампании.csv', fileName: 'отчёт кампании.csv' },
    { name: 'a quoted file name', disposition: 'Content-Disposition: form-data; name="f1"; filename="list.csv"', fileName: 'list.csv' },
  ])('keeps $name whole', ({ disposition, fileName }) => {
    const parsed = parseMultipart(
      body(['content-disposition:form-data;name="chat_id"\r\n\r\n42', `${disposition}\r\ncontent-type:text/csv\r\n\r\na;b\r\n1;2`], 'XyZ'),
      'XyZ',
    );
    expect(parsed.fields).toEqual({ chat_id: '42' });
    expect(parsed.files.f1?.fileName).toBe(fileName);
    expect(parsed.files.f1?.mimeType).toBe('text/csv');
    expect(Buffer.from(parsed.files.f1?.bytes ?? []).toString()).toBe('a;b\r\n1;2');
  });
});
