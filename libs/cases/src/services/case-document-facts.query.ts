import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProcedureDefinition } from '@hoso/workflows';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseQueryService } from './case-query.service';
import { ProcedureRegistryService } from './procedure-registry.service';

export interface DocumentUnit {
  id: string;
  name: string;
  level: string;
  code: string;
}

/** What a document generated on a case may say about it: the case, its facts and steps, its units, its person. */
export interface CaseDocumentFacts {
  caseId: string;
  procedureId: string;
  procedureTitle: string;
  state: string;
  stateLabel: string;
  title: string;
  /** ISO instant the information was received (the case's received date). */
  receivedAt: string;
  /** The input the case was registered with. */
  input: Record<string, unknown>;
  /** The machine's context as it stands. */
  context: Record<string, unknown>;
  /** The payload each step last recorded, by event type. */
  steps: Record<string, Record<string, unknown>>;
  /** The case's unit, its parent and the root of its tree (the same unit when it is the root). */
  unit: DocumentUnit;
  parentUnit: DocumentUnit | null;
  topUnit: DocumentUnit;
  /** The person record the case is about, if any. */
  person: { fullName: string; dateOfBirth: string } | null;
}

/** The facts a document generated on a case is filled from, read within the caller's scope (404 outside it). */
@Injectable()
export class CaseDocumentFactsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly registry: ProcedureRegistryService,
  ) {}

  async forDocument(user: AuthUser, caseId: string): Promise<{ facts: CaseDocumentFacts; def: ProcedureDefinition; unitPath: string }> {
    const row = await this.cases.getVisible(user, caseId);
    const def = this.registry.forCase(row.procedure_id, row.machine_version);
    const m = this.dataSource.manager;
    const events: { type: string; payload: Record<string, unknown> }[] = await m.query(
      `SELECT DISTINCT ON (type) type, payload FROM case_event WHERE case_id = $1 ORDER BY type, seq DESC`,
      [row.id],
    );
    const steps = Object.fromEntries(events.map((e) => [e.type, e.payload ?? {}]));
    const ids = row.unit_path.split('/').filter(Boolean);
    const units: (DocumentUnit & { id: string })[] = await m.query(`SELECT id, name, level, code FROM org_unit WHERE id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(units.map((u) => [u.id, u]));
    const unit = byId.get(ids[ids.length - 1])!;
    const people: { fullName: string; dateOfBirth: string }[] = await m.query(
      `SELECT p.full_name AS "fullName", to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"
         FROM case_person cp JOIN person p ON p.id = cp.person_id WHERE cp.case_id = $1`,
      [row.id],
    );
    const { CREATE: input = {}, ...rest } = steps;
    const facts: CaseDocumentFacts = {
      caseId: row.id,
      procedureId: row.procedure_id,
      procedureTitle: def.title,
      state: row.state,
      stateLabel: def.stateLabels[row.state] ?? row.state,
      title: row.title,
      receivedAt: new Date(row.received_at).toISOString(),
      input,
      context: ((row.snapshot?.context ?? {}) as Record<string, unknown>),
      steps: rest,
      unit,
      parentUnit: ids.length > 1 ? (byId.get(ids[ids.length - 2]) ?? null) : null,
      topUnit: byId.get(ids[0]) ?? unit,
      person: people[0] ?? null,
    };
    return { facts, def, unitPath: row.unit_path };
  }
}
