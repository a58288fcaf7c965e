export type { ByteSource } from './byte-source.js';
export type { ColumnInfo, ColumnRole } from './column-plan.js';
export type { Delimiter } from './delimiter.js';
export {
  CONTACT_FILE_MAX_BYTES,
  parseContactFile,
  type ContactFileDetails,
  type ContactFileError,
  type ContactFileInput,
  type ContactFileOptions,
  type ContactFileResult,
} from './parse-contact-file.js';
export type { TextEncoding } from './text-encoding.js';
export { variableKeyOf } from './variable-keys.js';
