/**
 * Files the bot fetches: what people send it (a contact list, a scenario, audio) through `getFile` and the Bot
 * API's file endpoint, and audio AutoCall links to (a sound's `playback_url`). The size limit is checked before
 * and while downloading, so a huge file cannot fill the memory; failures are values, never thrown.
 */
import type { Api } from 'grammy';

/** Telegram lets bots download files up to 20 MB. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

export type Download =
  | { ok: true; bytes: Uint8Array; contentType: string | null }
  | { ok: false; kind: 'too_big' | 'unavailable' };

/** GET `url` (http or https only), at most `maxBytes` of it. */
export async function downloadUrl(url: string, maxBytes: number, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<Download> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, kind: 'unavailable' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || response.body === null) return { ok: false, kind: 'unavailable' };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body.cancel();
      return { ok: false, kind: 'too_big' };
    }
    // A fetch body is a byte stream by the standard; Node's typings leave its chunks untyped.
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, kind: 'too_big' };
      }
      chunks.push(chunk.value);
    }
    return { ok: true, bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') };
  } catch {
    return { ok: false, kind: 'unavailable' };
  }
}

export interface TelegramFileSource {
  api: Api;
  /** `TELEGRAM_API_ROOT`: the file endpoint lives beside the methods. */
  apiRoot: string;
}

/** The file `fileId` a person sent; `knownSize` (from the message) refuses a big file without asking Telegram. */
export async function downloadTelegramFile(source: TelegramFileSource, fileId: string, maxBytes: number, knownSize?: number): Promise<Download> {
  if (knownSize !== undefined && knownSize > maxBytes) return { ok: false, kind: 'too_big' };
  try {
    const file = await source.api.getFile(fileId);
    if ((file.file_size ?? 0) > maxBytes) return { ok: false, kind: 'too_big' };
    if (file.file_path === undefined) return { ok: false, kind: 'unavailable' };
    return await downloadUrl(`${source.apiRoot.replace(/\/+$/, '')}/file/bot${source.api.token}/${file.file_path}`, maxBytes);
  } catch {
    return { ok: false, kind: 'unavailable' };
  }
}
