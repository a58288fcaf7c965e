import { randomBytes } from 'node:crypto';

/** What a file is for decides its `file_path` folder, as on the real server (`documents/file_3.csv`). */
export type FileKind = 'document' | 'audio' | 'voice' | 'photo';

const FOLDERS: Readonly<Record<FileKind, string>> = {
  document: 'documents',
  audio: 'music',
  voice: 'voice',
  photo: 'photos',
};

/** A file held by the fake server, uploaded by the bot or sent by a fake user. */
export interface StoredFile {
  readonly file_id: string;
  readonly file_unique_id: string;
  readonly file_path: string;
  readonly file_size: number;
  readonly file_name: string;
  readonly mime_type: string;
  readonly kind: FileKind;
  readonly bytes: Uint8Array;
}

export interface NewFile {
  readonly kind: FileKind;
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot) : '';
};

/** Files by `file_id` and by `file_path`, for getFile, downloads and re-sending by id. */
export class FileStore {
  readonly #byId = new Map<string, StoredFile>();
  readonly #byPath = new Map<string, StoredFile>();
  #counter = 0;

  add(file: NewFile): StoredFile {
    this.#counter += 1;
    const stored: StoredFile = {
      file_id: `${file.kind.slice(0, 3).toUpperCase()}${randomBytes(12).toString('base64url')}`,
      file_unique_id: `U${randomBytes(6).toString('base64url')}`,
      file_path: `${FOLDERS[file.kind]}/file_${this.#counter}${extensionOf(file.fileName)}`,
      file_size: file.bytes.byteLength,
      file_name: file.fileName,
      mime_type: file.mimeType,
      kind: file.kind,
      bytes: file.bytes,
    };
    this.#byId.set(stored.file_id, stored);
    this.#byPath.set(stored.file_path, stored);
    return stored;
  }

  byId(fileId: string): StoredFile | undefined {
    return this.#byId.get(fileId);
  }

  byPath(filePath: string): StoredFile | undefined {
    return this.#byPath.get(filePath);
  }
}
