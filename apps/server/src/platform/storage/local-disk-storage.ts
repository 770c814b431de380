import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DocumentStorage, type StagedFile, StagedFileTooLarge } from './document-storage';

const HEAD_BYTES = 32;

/**
 * Files under one directory: `staging/` for uploads being checked, `files/yyyy/mm/<uuid>` for
 * committed ones. Keys are generated, never taken from the uploader, so no path can escape.
 */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  async stage(source: Readable, limitBytes: number): Promise<StagedFile> {
    const stagingKey = randomUUID();
    await mkdir(join(this.root, 'staging'), { recursive: true });
    const path = join(this.root, 'staging', stagingKey);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > limitBytes) {
          callback(new StagedFileTooLarge(limitBytes));
          return;
        }
        if (head.length < HEAD_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      // Drain what the uploader still sends, so the response can be written.
      source.resume();
      throw error;
    }
    return { stagingKey, sizeBytes: size, sha256: hash.digest('hex'), head };
  }

  async commit(staged: StagedFile): Promise<string> {
    const now = new Date();
    const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const key = `${folder}/${randomUUID()}`;
    await mkdir(join(this.root, 'files', folder), { recursive: true });
    await rename(join(this.root, 'staging', staged.stagingKey), join(this.root, 'files', key));
    return key;
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(join(this.root, 'staging', staged.stagingKey), { force: true });
  }

  async open(key: string): Promise<Readable> {
    if (!/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`not a storage key: ${key}`);
    return createReadStream(join(this.root, 'files', key));
  }
}
