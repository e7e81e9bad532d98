import { Transform, type TransformCallback } from 'node:stream';
import { SNIFF_HEAD_BYTES, SNIFF_TAIL_BYTES, sniffMediaType, type DocumentMediaType } from './media-types';

/**
 * Passes a file through unchanged while keeping its first and last bytes, so its type is known once it has been
 * written, without holding the file in memory (at most head + 2 × tail bytes).
 */
export class ContentSniffer extends Transform {
  private head = Buffer.alloc(0);
  private tailChunks: Buffer[] = [];
  private tailLength = 0;
  private size = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.head.length < SNIFF_HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_HEAD_BYTES - this.head.length)]);
    this.tailChunks.push(chunk);
    this.tailLength += chunk.length;
    if (this.tailLength > 2 * SNIFF_TAIL_BYTES) this.trimTail();
    done(null, chunk);
  }

  /** The type the bytes seen so far are, or undefined. */
  mediaType(): DocumentMediaType | undefined {
    this.trimTail();
    return sniffMediaType(this.head, this.tailChunks[0] ?? Buffer.alloc(0), this.size);
  }

  private trimTail(): void {
    const all = Buffer.concat(this.tailChunks);
    const kept = all.subarray(Math.max(0, all.length - SNIFF_TAIL_BYTES));
    this.tailChunks = [Buffer.from(kept)];
    this.tailLength = kept.length;
  }
}
