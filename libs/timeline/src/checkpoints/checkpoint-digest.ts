import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from '@hoso/timeline/chain/hash-chain';

/** SHA-256 over every head, fed in case-id order (the database's uuid order), one line per case. */
export class HeadsDigest {
  private readonly hash: Hash = createHash('sha256').update('hoso-checkpoint-heads-v1\n');
  count = 0;

  add(caseId: string, seq: number, hash: string): void {
    this.hash.update(`${caseId} ${seq} ${hash}\n`);
    this.count++;
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

export interface SignedCheckpointFields {
  id: string;
  takenAt: Date;
  scheduledFor: string | null;
  caseCount: number;
  eventCount: number;
  digest: string;
  keyId: string;
}

/** The bytes the signature covers: every field of the row but the signature itself. */
export function checkpointMessage(c: SignedCheckpointFields): Buffer {
  return Buffer.from(
    `hoso-checkpoint-v1\n${canonicalJson({
      id: c.id,
      takenAt: c.takenAt.toISOString(),
      scheduledFor: c.scheduledFor,
      caseCount: c.caseCount,
      eventCount: c.eventCount,
      digest: c.digest,
      keyId: c.keyId,
    })}`,
  );
}
