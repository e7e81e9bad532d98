import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LegalRule } from '../rules/legal-rule';

interface RuleRow {
  id: string;
  key: string;
  value: string | null;
  unit: LegalRule['unit'];
  start_convention: LegalRule['startConvention'];
  start_event: string;
  extension_value: string | null;
  extension_max_count: number;
  effective_from: string;
  legal_basis: string;
  source_ref: string;
  confidence: string;
  description: string;
  org_unit_id: string | null;
  reason: string | null;
}

export function toLegalRule(r: RuleRow): LegalRule {
  return {
    id: r.id,
    key: r.key,
    value: r.value === null ? null : Number(r.value),
    unit: r.unit,
    startConvention: r.start_convention,
    startEvent: r.start_event,
    extensionValue: r.extension_value === null ? null : Number(r.extension_value),
    extensionMaxCount: r.extension_max_count,
    effectiveFrom: r.effective_from,
    legalBasis: r.legal_basis,
    sourceRef: r.source_ref,
    confidence: r.confidence,
    description: r.description,
    override: r.org_unit_id ? { orgUnitId: r.org_unit_id, reason: r.reason ?? '' } : null,
  };
}

/**
 * The rule in force for a key, a unit and a date: among rows effective on that date, the override of the
 * nearest unit above (or at) the case's unit wins over a farther one and over the general rule; then the latest
 * effective date.
 */
@Injectable()
export class RuleResolverService {
  async resolve(m: EntityManager, key: string, unitPath: string, onDate: string): Promise<LegalRule | undefined> {
    const rows: RuleRow[] = await m.query(
      `SELECT r.id, r.key, r.value, r.unit, r.start_convention, r.start_event, r.extension_value, r.extension_max_count,
              to_char(r.effective_from, 'YYYY-MM-DD') AS effective_from, r.legal_basis, r.source_ref, r.confidence,
              r.description, r.org_unit_id, r.reason
         FROM legal_rule r LEFT JOIN org_unit ou ON ou.id = r.org_unit_id
        WHERE r.key = $1 AND r.effective_from <= $3::date
          AND (r.org_unit_id IS NULL OR left($2, length(ou.path)) = ou.path)
        ORDER BY length(coalesce(ou.path, '')) DESC, r.effective_from DESC, r.created_at DESC
        LIMIT 1`,
      [key, unitPath, onDate],
    );
    return rows[0] ? toLegalRule(rows[0]) : undefined;
  }
}
