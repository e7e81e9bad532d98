import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { viDate } from '@hoso/kernel/legal-time';
import type { LegalRule } from '../rules/legal-rule';

export interface RuleRow {
  id: string;
  key: string;
  value: string | null;
  value_data?: unknown;
  unit: LegalRule['unit'];
  start_convention: LegalRule['startConvention'];
  start_event: string;
  extension_value: string | null;
  extension_max_count: number;
  effective_from: string;
  effective_to?: string | null;
  legal_basis: string;
  source_ref: string;
  confidence: string;
  description: string;
  instrument?: string | null;
  org_unit_id: string | null;
  reason: string | null;
  confirmed_at?: string | null;
}

export function toLegalRule(r: RuleRow): LegalRule {
  return {
    id: r.id,
    key: r.key,
    value: r.value === null ? null : Number(r.value),
    valueData: r.value_data ?? null,
    unit: r.unit,
    startConvention: r.start_convention,
    startEvent: r.start_event,
    extensionValue: r.extension_value === null ? null : Number(r.extension_value),
    extensionMaxCount: r.extension_max_count,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to ?? null,
    legalBasis: r.legal_basis,
    sourceRef: r.source_ref,
    confidence: r.confidence,
    description: r.description,
    instrument: r.instrument ?? null,
    override: r.org_unit_id ? { orgUnitId: r.org_unit_id, reason: r.reason ?? '', confirmedAt: r.confirmed_at ?? null } : null,
  };
}

/** The columns every rule read selects (alias r; the instrument joined as i). */
export const RULE_COLUMNS = `r.id, r.key, r.value, r.value_data, r.unit, r.start_convention, r.start_event, r.extension_value,
  r.extension_max_count, to_char(r.effective_from, 'YYYY-MM-DD') AS effective_from, to_char(r.effective_to, 'YYYY-MM-DD') AS effective_to,
  r.legal_basis, r.source_ref, r.confidence, r.description, i.code AS instrument, r.org_unit_id, r.reason,
  to_char(r.confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS confirmed_at`;

/** A row applies on a date when it started on or before it and was not superseded by then. */
const IN_FORCE = `r.key = $1 AND r.effective_from <= $2::date AND (r.effective_to IS NULL OR r.effective_to > $2::date)`;

function period(r: LegalRule): string {
  return `hiệu lực từ ${viDate(r.effectiveFrom)}${r.effectiveTo ? ` đến hết ngày trước ${viDate(r.effectiveTo)}` : ''}`;
}

/**
 * The rule in force for a key, a unit and a date (the date of the legal fact, not of typing it in):
 * 1. the general row in force on that date (newest `effective_from`; rows end when superseded);
 * 2. an override of the nearest unit at or above the case's unit adjusts that general row only if it was made for it:
 *    set on or after the general row's start, or re-confirmed by the committee after it. An older override lapses when
 *    a newer general row comes into force (changes-2026.md §3.4) and the explanation says so.
 */
@Injectable()
export class RuleResolverService {
  /**
   * The overrides in force set for the units themselves (rows with their `org_unit_id`): an organisation change lists
   * those of the units that end for a committee to confirm (never copied to a successor).
   */
  async overridesOf(m: EntityManager, unitIds: readonly string[]): Promise<{ id: string; unitId: string; key: string; label: string }[]> {
    if (unitIds.length === 0) return [];
    return m.query(
      `SELECT id, org_unit_id AS "unitId", key, description AS label FROM legal_rule
        WHERE org_unit_id = ANY($1::uuid[]) AND effective_to IS NULL ORDER BY key, effective_from`,
      [unitIds],
    );
  }

  async resolve(m: EntityManager, key: string, unitPath: string, onDate: string): Promise<LegalRule | undefined> {
    // One round trip (it runs on many transitions): the general row in force (depth 0, at most one) and the overrides
    // of the units at or above the case's unit (depth = the unit's path length), nearest first.
    const rows: (RuleRow & { depth: number })[] = await m.query(
      `SELECT * FROM (
         (SELECT 0 AS depth, r.created_at AS created, ${RULE_COLUMNS}
            FROM legal_rule r LEFT JOIN legal_instrument i ON i.id = r.instrument_id
           WHERE ${IN_FORCE} AND r.org_unit_id IS NULL
           ORDER BY r.effective_from DESC, r.created_at DESC LIMIT 1)
         UNION ALL
         (SELECT length(ou.path) AS depth, r.created_at AS created, ${RULE_COLUMNS}
            FROM legal_rule r LEFT JOIN legal_instrument i ON i.id = r.instrument_id
            JOIN org_unit ou ON ou.id = r.org_unit_id
           WHERE ${IN_FORCE} AND left($3, length(ou.path)) = ou.path)
       ) found
       ORDER BY depth DESC, effective_from DESC, created DESC`,
      [key, onDate, unitPath],
    );
    const general = rows.filter((r) => Number(r.depth) === 0);
    const overrides = rows.filter((r) => Number(r.depth) > 0);
    const base = general[0] ? toLegalRule(general[0]) : undefined;
    const lapsed: LegalRule[] = [];
    for (const row of overrides) {
      const o = toLegalRule(row);
      const madeFor = o.override!.confirmedAt && o.override!.confirmedAt > o.effectiveFrom ? o.override!.confirmedAt : o.effectiveFrom;
      if (!base || madeFor >= base.effectiveFrom) {
        const basis = base ? `điều chỉnh quy tắc chung ${period(base)} (${base.legalBasis})` : 'không có quy tắc chung cho ngày này';
        return { ...o, why: `Áp dụng điều chỉnh của cấp ủy (${period(o)}; lý do: ${o.override!.reason}) — ${basis}.${lapsedNote(lapsed)}` };
      }
      lapsed.push(o);
    }
    if (!base) return undefined;
    return { ...base, why: `Áp dụng quy tắc chung ${period(base)} (${base.legalBasis}).${lapsedNote(lapsed)}` };
  }
}

function lapsedNote(lapsed: LegalRule[]): string {
  if (!lapsed.length) return '';
  const o = lapsed[0];
  return ` Điều chỉnh của cấp ủy từ ${viDate(o.effectiveFrom)} không còn áp dụng vì quy tắc chung mới có hiệu lực sau đó; cấp ủy cần xác nhận lại nếu muốn giữ.`;
}
