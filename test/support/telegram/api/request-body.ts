import type { IncomingMessage } from 'node:http';
import { parseMultipart, type UploadedPart } from './multipart.js';

/** A Bot API request's parameters, whichever way the bot sent them, and the files uploaded with it. */
export interface RequestBody {
  readonly params: Record<string, unknown>;
  readonly files: Readonly<Record<string, UploadedPart>>;
}

export type BodyResult = RequestBody | { readonly kind: 'invalid_body'; readonly reason: string };

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads parameters from the query string and a JSON, urlencoded or multipart body, as the Bot API accepts all four.
 * Values from the query string, urlencoded and multipart bodies stay strings; method schemas coerce them.
 */
export async function readRequestBody(req: IncomingMessage, query: URLSearchParams): Promise<BodyResult> {
  const params: Record<string, unknown> = Object.fromEntries(query);
  const body = await readAll(req);
  const contentType = req.headers['content-type'] ?? '';
  if (body.length === 0) return { params, files: {} };
  if (contentType.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return { kind: 'invalid_body', reason: "can't parse JSON object" };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { kind: 'invalid_body', reason: "can't parse JSON object" };
    }
    return { params: { ...params, ...(parsed as Record<string, unknown>) }, files: {} };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return { params: { ...params, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) }, files: {} };
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (contentType.startsWith('multipart/form-data') && boundary !== null) {
    const multipart = parseMultipart(body, boundary[1] ?? boundary[2] ?? '');
    return { params: { ...params, ...multipart.fields }, files: multipart.files };
  }
  return { kind: 'invalid_body', reason: `unsupported Content-Type "${contentType}"` };
}
