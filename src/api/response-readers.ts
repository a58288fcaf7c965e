import type { z } from 'zod';
import { fallbackFileName, fileNameFromDisposition, type BinaryFile } from './binary-file.js';
import { headerValue, type HttpResponse } from './transport.js';

/** The response did not match what the contract promises. */
export class ResponseMismatch extends Error {
  override readonly name = 'ResponseMismatch';
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
  }
}

/** Turns a 2xx response into the method's result, or throws {@link ResponseMismatch}. */
export type ResponseReader<T> = (response: HttpResponse) => T;

/** `path: message` for each zod issue. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}

/** The body as JSON, or `undefined` when it is empty or not JSON. */
export function parseJsonBody(body: Uint8Array): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON body checked against `schema`. */
export function json<S extends z.ZodType>(schema: S): ResponseReader<z.output<S>> {
  return (response) => {
    const body = parseJsonBody(response.body);
    if (body === undefined) throw new ResponseMismatch(['(root): expected a JSON body']);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ResponseMismatch(describeIssues(parsed.error));
    return parsed.data;
  };
}

/** 204 and friends: whatever the body, there is nothing to return. */
export const noContent: ResponseReader<undefined> = () => undefined;

/** Raw bytes; `fallbackName` names the file when the server does not. */
export function binary(fallbackName: string): ResponseReader<BinaryFile> {
  return (response) => {
    const contentType = headerValue(response, 'content-type') ?? 'application/octet-stream';
    const fileName =
      fileNameFromDisposition(headerValue(response, 'content-disposition')) ??
      fallbackFileName(fallbackName, contentType);
    return { bytes: response.body, contentType, fileName };
  };
}
