import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode, flattenValidationErrors } from '@hoso/core/errors';
import { RuleChangeSetDto } from '../dtos/rule-change-set.dto';
import { LegalInstrumentService } from './legal-instrument.service';
import { RuleVersionService, transactionOrDryRun, type RuleVersionReport } from './rule-version.service';

export interface ChangeSetReport {
  dryRun: boolean;
  title: string;
  instruments: { code: string; id: string; confidence: string }[];
  versions: RuleVersionReport[];
}

/** A change set's JSON checked with the API's own rules (unknown fields refused), or VALIDATION_FAILED with each field. */
export async function parseChangeSet(raw: unknown): Promise<RuleChangeSetDto> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: '', constraint: 'isObject', message: 'phải là một đối tượng JSON' }] });
  }
  const set = plainToInstance(RuleChangeSetDto, raw);
  const errors = await validate(set, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: flattenValidationErrors(errors) });
  return set;
}

/**
 * Applies a change set (docs/domain/changes/) in one transaction: its instruments registered, then its general rule
 * versions through the same service as POST /rules/versions (overlap refused, superseded rows ended, open deadlines
 * re-planned, each audited with the one reason). Anything refused applies nothing; a dry run applies nothing and
 * reports what the real run would do.
 */
@Injectable()
export class RuleChangeSetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instruments: LegalInstrumentService,
    private readonly versions: RuleVersionService,
  ) {}

  apply(actorId: string | null, set: RuleChangeSetDto, opts: { dryRun: boolean; reason: string }): Promise<ChangeSetReport> {
    return transactionOrDryRun(this.dataSource, opts.dryRun, async (m) => {
      const instruments = [];
      for (const i of set.instruments) {
        const row = await this.instruments.createIn(
          m,
          actorId,
          {
            code: i.code.trim(), title: i.title, issuer: i.issuer, issuedOn: i.issuedOn ?? null, effectiveFrom: i.effectiveFrom ?? null,
            replaces: i.replaces ?? [], confidence: i.confidence, sourceRef: i.sourceRef, notes: i.notes ?? null,
          },
          opts.reason,
        );
        instruments.push({ code: row.code, id: row.id, confidence: row.confidence });
      }
      const versions = [];
      for (const v of set.versions) versions.push(await this.versions.applyIn(m, actorId, v, opts));
      return { dryRun: opts.dryRun, title: set.title, instruments, versions };
    });
  }
}
