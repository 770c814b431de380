import type { Readable } from 'node:stream';

/** What staging a stream yields: where it waits, how big it is, its SHA-256 and its first bytes. */
export interface StagedFile {
  stagingKey: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, for recognising the file type by content. */
  head: Buffer;
}

export class StagedFileTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`file exceeds ${limitBytes} bytes`);
  }
}

/**
 * Where uploaded files live. Uploads are staged first (streamed, hashed and measured, never held in
 * memory whole) and committed only once checked, so a rejected file leaves nothing behind. The local
 * disk implementation is the default; an object store can implement the same four operations.
 */
export interface DocumentStorage {
  stage(source: Readable, limitBytes: number): Promise<StagedFile>;
  commit(staged: StagedFile): Promise<string>;
  discard(staged: StagedFile): Promise<void>;
  open(key: string): Promise<Readable>;
}
