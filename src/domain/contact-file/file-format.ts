/** What a contact file is, judged by its first bytes (the name can lie; Telegram keeps it as sent). */
export type FileFormat = 'xlsx' | 'text' | 'xls' | 'ods' | 'binary';

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly format: FileFormat }[] = [
  // Excel 97-2003 and other OLE compound documents.
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], format: 'xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], format: 'binary' }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47], format: 'binary' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], format: 'binary' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], format: 'binary' }, // GIF
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Sniffs the format; a zip is an XLSX unless it declares itself an OpenDocument spreadsheet. */
export function sniffFormat(head: Uint8Array): FileFormat {
  const starts = (bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(ZIP)) {
    // ODS stores an uncompressed `mimetype` entry first, naming itself.
    const firstEntry = new TextDecoder('latin1').decode(head.subarray(0, 200));
    return firstEntry.includes('application/vnd.oasis.opendocument') ? 'ods' : 'xlsx';
  }
  return SIGNATURES.find((s) => starts(s.bytes))?.format ?? 'text';
}
