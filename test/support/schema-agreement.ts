// What the step-schema specs compare: the server's refusals of a payload, and where a schema says it cannot speak.
import type { PayloadClass } from '@hoso/workflows';
import { DomainError, type FieldError } from '@hoso/core/errors';
import { validatePayload } from '../../libs/cases/src/services/payload-validator';
import type { Schema } from './schema-samples';

/** The fields the server refuses in `sample` (none when it accepts it). */
export async function refusals(cls: PayloadClass | undefined, sample: unknown): Promise<FieldError[]> {
  try {
    await validatePayload(cls, sample);
    return [];
  } catch (e) {
    if (e instanceof DomainError) return e.details?.fields as FieldError[];
    throw e;
  }
}

/** The schema of the field at a dotted path (`members.0.id`). */
export function fieldSchema(schema: Schema, path: string): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const k of path.split('.')) s = /^\d+$/.test(k) ? (s?.items as Schema | undefined) : ((s?.properties as Record<string, Schema> | undefined)?.[k]);
  return s;
}

/**
 * What the schema announces it cannot say: a conditional field (`x-conditional`) or a rule across fields (`x-rules`).
 * Only there may the server refuse what the schema accepts, or accept a value the schema refuses.
 */
export function announced(schema: Schema, f: { field: string; constraint?: string }): boolean {
  const s = fieldSchema(schema, f.field);
  return s?.['x-conditional'] === true || (f.constraint !== undefined && ((s?.['x-rules'] as string[] | undefined) ?? []).includes(f.constraint));
}
