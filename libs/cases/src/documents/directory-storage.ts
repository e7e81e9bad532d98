import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentStorage, StoredObject } from './document-storage';

const KEY = /^(tmp\/[0-9a-f-]{36}|[0-9a-f]{2}\/[0-9a-f-]{36})$/;

/**
 * Documents as files in one directory: `tmp/<uuid>` while uploading, `<first two hex digits>/<attachment id>` after.
 * A rename within one directory tree is atomic, and works the same whether the database is PostgreSQL or PGlite.
 */
export class DirectoryDocumentStorage implements DocumentStorage {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(content: Readable): Promise<StoredObject> {
    const key = `tmp/${randomUUID()}`;
    await mkdir(join(this.root, 'tmp'), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(content, count, createWriteStream(this.path(key), { flags: 'wx' }));
    } catch (e) {
      await this.delete(key);
      throw e;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async promote(tempKey: string, attachmentId: string): Promise<string> {
    const key = `${attachmentId.slice(0, 2)}/${attachmentId}`;
    await mkdir(join(this.root, attachmentId.slice(0, 2)), { recursive: true });
    await rename(this.path(tempKey), this.path(key));
    return key;
  }

  get(key: string): Readable {
    return createReadStream(this.path(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  // Keys are made here; one that is not of that shape never reaches the file system (no path outside the root).
  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a document key: ${key.slice(0, 80)}`);
    return join(this.root, key);
  }
}
