/** A file the API returns as raw bytes (call recordings, interactive answers). */
export interface BinaryFile {
  bytes: Uint8Array;
  /** As sent by the server, `application/octet-stream` when it sent none. */
  contentType: string;
  /** From `Content-Disposition`, else derived from the request path and the content type. */
  fileName: string;
}

const EXTENSIONS: Record<string, string> = {
  'audio/mpeg': '.mp3',
  'audio/mp3': '.mp3',
  'audio/wav': '.wav',
  'audio/x-wav': '.wav',
  'audio/wave': '.wav',
  'audio/ogg': '.ogg',
};

/** The file name a `Content-Disposition` header carries, preferring the RFC 5987 `filename*`. */
export function fileNameFromDisposition(header: string | undefined): string | null {
  if (header === undefined) return null;
  const extended = /filename\*\s*=\s*(?:[\w-]+)'[^']*'([^;]+)/i.exec(header)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name === undefined || name === '' ? null : name;
}

/** `fallback` plus the extension of `contentType` when `fallback` has none. */
export function fallbackFileName(fallback: string, contentType: string): string {
  if (/\.\w{2,4}$/.test(fallback)) return fallback;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return fallback + (EXTENSIONS[mediaType] ?? '');
}
