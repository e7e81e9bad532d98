import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/**
 * Linked cases: a machine opens a child case of another procedure with the `openChildCase` effect; when the child
 * concludes it declares `reportToParent`, and the parent receives this system event (sent by no person; give it
 * `roles: []` and this payload class in the parent's events).
 */
export const CHILD_CONCLUDED = 'CHILD_CONCLUDED';

export class ChildConcludedPayload {
  @IsUUID() childCaseId!: string;
  @IsString() @MinLength(1) @MaxLength(64) procedureId!: string;
  /** The `link` the parent gave when opening the child (e.g. INSPECTION, DISCIPLINE, COMPLAINT). */
  @IsString() @MinLength(1) @MaxLength(32) link!: string;
  /** The child's outcome code (procedure-specific, e.g. VIOLATION_DISCIPLINE, DECIDED, UPHELD). */
  @IsString() @MinLength(1) @MaxLength(64) outcome!: string;
  @IsOptional() @IsString() @MaxLength(5000) summary?: string;
}

