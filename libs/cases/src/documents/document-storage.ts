import type { Readable } from 'node:stream';

/** What storing a stream gave: where it is, and its size and SHA-256 as counted while it was written. */
export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Where the documents' content lives, outside the case rows. `put` writes to a temporary key; `promote` moves it to
 * its final key once the row naming it is written, so a failed upload leaves nothing that a row points to.
 */
export interface DocumentStorage {
  put(content: Readable): Promise<StoredObject>;
  /** Move a temporary object to the final key of `attachmentId`; returns that key. */
  promote(tempKey: string, attachmentId: string): Promise<string>;
  get(key: string): Readable;
  /** Remove an object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Nest token of the storage; without a provider the dossier uses a directory (DOCUMENT_DIR). */
export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');
