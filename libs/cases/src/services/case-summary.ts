import type { ProcedureDefinition } from '@hoso/workflows';
import type { CaseRow } from '../repositories/case-store.repository';

export type CaseSummaryFields = Pick<
  CaseRow,
  'id' | 'procedure_id' | 'machine_version' | 'title' | 'state' | 'status' | 'report_category' | 'tags' | 'version' |
  'org_unit_id' | 'assigned_unit_id' | 'received_at' | 'created_at' | 'updated_at'
>;

/** The case as lists and command answers show it. */
export function caseSummary(row: CaseSummaryFields, def: ProcedureDefinition | undefined) {
  return {
    id: row.id,
    procedureId: row.procedure_id,
    machineVersion: row.machine_version,
    title: row.title,
    state: row.state,
    stateLabel: def?.stateLabels[row.state] ?? row.state,
    status: row.status,
    reportCategory: row.report_category,
    tags: row.tags,
    version: row.version,
    orgUnitId: row.org_unit_id,
    assignedUnitId: row.assigned_unit_id,
    receivedAt: new Date(row.received_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export type CaseSummary = ReturnType<typeof caseSummary>;
