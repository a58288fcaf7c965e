/** A file part of a multipart request. */
export interface UploadedPart {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface MultipartBody {
  readonly fields: Record<string, string>;
  readonly files: Record<string, UploadedPart>;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** Reads `name="x"` or `name=x` from a Content-Disposition value; grammY leaves `filename` unquoted. */
function dispositionParam(disposition: string, param: string): string | undefined {
  const quoted = new RegExp(`(?:^|;)\\s*${param}="([^"]*)"`, 'i').exec(disposition);
  if (quoted?.[1] !== undefined) return quoted[1];
  return new RegExp(`(?:^|;)\\s*${param}=([^;]*)`, 'i').exec(disposition)?.[1]?.trim();
}

/**
 * A tolerant multipart/form-data parser. Node's built-in `Response.formData()` rejects grammY's unquoted
 * `filename=` and undici's cuts such a name at the first space, while Telegram accepts both; so the harness parses
 * the parts itself and keeps file names whole.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedPart> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    const part = body.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8').split('\r\n');
      const content = part.subarray(headerEnd + HEADER_END.length);
      const header = (name: string): string | undefined =>
        headers.find((line) => line.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim();
      const disposition = header('content-disposition') ?? '';
      const name = dispositionParam(disposition, 'name');
      const fileName = dispositionParam(disposition, 'filename');
      if (name !== undefined && fileName !== undefined) {
        files[name] = { fileName, mimeType: header('content-type') ?? 'application/octet-stream', bytes: new Uint8Array(content) };
      } else if (name !== undefined) {
        fields[name] = content.toString('utf8');
      }
    }
    start = next;
  }
  return { fields, files };
}
