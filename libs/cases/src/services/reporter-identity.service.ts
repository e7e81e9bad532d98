import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@hoso/workflows';
import { rolesOn, type AuthUser } from '@hoso/access/auth-user';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { IDENTITY_CIPHER, type FieldCipher } from '@hoso/core/crypto';
import type { ReporterDto } from '../dtos/reporter.dto';
import type { WriteStatement } from '@hoso/core/database/write-statement';

interface Identity {
  name?: string;
  address?: string;
  contact?: string;
}

/** What every answer shows about the reporter: which fields were given, never their values. */
export interface MaskedReporter {
  given: boolean;
  protected: true;
  fields: string[];
  purged: boolean;
}

const aad = (caseId: string, field: 'identity' | 'signature') => `case/${caseId}/reporter/${field}`;

/**
 * The reporter's identity: sealed when the case is created, masked everywhere, revealed only to a holder of
 * IDENTITY_CUSTODIAN on the case's unit (or above), with a reason written to the access log in the same transaction.
 */
@Injectable()
export class ReporterIdentityService {
  constructor(
    @Inject(IDENTITY_CIPHER) private readonly cipher: FieldCipher,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Adds the sealed row to a create statement (written only with the case row). No fields given, no row. */
  append(w: WriteStatement, caseId: string, dto: ReporterDto | undefined): void {
    if (!dto) return;
    const identity: Identity = { name: dto.name, address: dto.address, contact: dto.contact };
    const fields: string[] = (Object.keys(identity) as (keyof Identity)[]).filter((k) => identity[k] !== undefined);
    if (dto.signatureImage) fields.push('signature');
    if (fields.length === 0) return;
    const sealed = this.cipher.sealJson(identity, aad(caseId, 'identity'));
    const signature = dto.signatureImage ? this.cipher.seal(Buffer.from(dto.signatureImage, 'base64'), aad(caseId, 'signature')) : undefined;
    w.then(
      `INSERT INTO case_reporter (case_id, key_id, identity, signature, signature_type, fields)
       SELECT u.id, ${w.p(sealed.keyId)}, ${w.p(sealed.blob)}::bytea, ${w.p(signature?.blob ?? null)}::bytea,
              ${w.p(signature ? (dto.signatureType ?? 'image/png') : null)}, ${w.p(fields)}::varchar[]
         FROM u`,
    );
  }

  async masked(m: EntityManager, caseId: string): Promise<MaskedReporter> {
    const [row]: { fields: string[]; purged_at: Date | null }[] = await m.query(
      `SELECT fields, purged_at FROM case_reporter WHERE case_id = $1`,
      [caseId],
    );
    return { given: !!row, protected: true, fields: row?.fields ?? [], purged: !!row?.purged_at };
  }

  mayReveal(user: AuthUser, unitPath: string): boolean {
    return rolesOn(user, unitPath).has(Role.IDENTITY_CUSTODIAN);
  }

  async reveal(m: EntityManager, user: AuthUser, c: { id: string; unit_path: string }, reason: string) {
    if (!this.mayReveal(user, c.unit_path)) throw new DomainError(ErrorCode.REVEAL_NOT_ALLOWED);
    const [row]: { key_id: string | null; identity: Buffer | null; signature: Buffer | null; signature_type: string | null; purged_at: Date | null }[] =
      await m.query(`SELECT key_id, identity, signature, signature_type, purged_at FROM case_reporter WHERE case_id = $1`, [c.id]);
    if (!row) throw new DomainError(ErrorCode.REPORTER_NOT_FOUND);
    if (row.purged_at || !row.key_id || !row.identity) throw new DomainError(ErrorCode.REPORTER_PURGED);
    const identity = this.cipher.openJson<Identity>({ keyId: row.key_id, blob: row.identity }, aad(c.id, 'identity'));
    const signature = row.signature
      ? { type: row.signature_type, base64: this.cipher.open({ keyId: row.key_id, blob: row.signature }, aad(c.id, 'signature')).toString('base64') }
      : null;
    await this.accessLog.record(m, { caseId: c.id, userId: user.id, action: AccessAction.REVEAL_REPORTER, reason });
    return { ...identity, signature, revealedAt: new Date().toISOString() };
  }

  /**
   * Re-seal up to `batch` identities sealed under another key than the active one; answers how many moved and how
   * many remain. Rows are locked and skipped by a concurrent rotation (SKIP LOCKED), so two runs do not collide.
   */
  async rotateBatch(m: EntityManager, batch: number): Promise<{ resealed: number; remaining: number }> {
    const rows: { case_id: string; key_id: string; identity: Buffer; signature: Buffer | null }[] = await m.query(
      `SELECT case_id, key_id, identity, signature FROM case_reporter
        WHERE key_id IS NOT NULL AND key_id <> $1 ORDER BY case_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [this.cipher.activeKeyId, batch],
    );
    for (const r of rows) {
      const identity = this.cipher.seal(this.cipher.open({ keyId: r.key_id, blob: r.identity }, aad(r.case_id, 'identity')), aad(r.case_id, 'identity'));
      const signature = r.signature
        ? this.cipher.seal(this.cipher.open({ keyId: r.key_id, blob: r.signature }, aad(r.case_id, 'signature')), aad(r.case_id, 'signature'))
        : null;
      await m.query(`UPDATE case_reporter SET key_id = $2, identity = $3, signature = $4 WHERE case_id = $1`, [
        r.case_id, identity.keyId, identity.blob, signature?.blob ?? null,
      ]);
    }
    const [{ remaining }] = await m.query(
      `SELECT count(*)::int AS remaining FROM case_reporter WHERE key_id IS NOT NULL AND key_id <> $1`,
      [this.cipher.activeKeyId],
    );
    return { resealed: rows.length, remaining };
  }
}
