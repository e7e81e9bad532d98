import type { RuleUnit, StartConvention } from '../entities/legal-rule.entity';

/** A rule row as the deadline planner uses it (numbers parsed; the override, if any, named). */
export interface LegalRule {
  id: string;
  key: string;
  value: number | null;
  unit: RuleUnit;
  startConvention: StartConvention;
  startEvent: string;
  extensionValue: number | null;
  extensionMaxCount: number;
  effectiveFrom: string;
  legalBasis: string;
  sourceRef: string;
  confidence: string;
  description: string;
  override: { orgUnitId: string; reason: string } | null;
}
