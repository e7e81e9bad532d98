import type { RuleUnit, StartConvention } from '../entities/legal-rule.entity';

/** A rule row as the engine uses it (numbers parsed; the override, if any, named; why it applies, in Vietnamese). */
export interface LegalRule {
  id: string;
  key: string;
  value: number | null;
  /** Structured value of a FRACTION, LIST or TABLE rule; null otherwise or when no legal value was found. */
  valueData: unknown;
  unit: RuleUnit;
  startConvention: StartConvention;
  startEvent: string;
  extensionValue: number | null;
  extensionMaxCount: number;
  effectiveFrom: string;
  /** First day the row no longer applies; null while in force. */
  effectiveTo: string | null;
  legalBasis: string;
  sourceRef: string;
  confidence: string;
  description: string;
  /** Number and symbol of the instrument the row comes from, when registered. */
  instrument: string | null;
  override: { orgUnitId: string; reason: string; confirmedAt: string | null } | null;
  /** Why this row applies on the date asked (which row, general or override, and what it set aside). */
  why?: string;
}
