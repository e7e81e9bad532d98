// Validation messages people can read: ajv's English messages in Vietnamese (through i18n), and the server's
// per-field refusals (`details.fields` of VALIDATION_FAILED) placed under the field they concern.
import type { ErrorSchema, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { hasPath } from './prepareSchema';

const TYPE_KEYS = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;
const FORMAT_KEYS = ['date', 'date-time', 'email', 'uuid', 'uri', 'time'] as const;

function typeName(t: TFunction, type: unknown): string {
  const one = (x: unknown) => ((TYPE_KEYS as readonly unknown[]).includes(x) ? t(`inbox:schemaForm.types.${x as string}`) : String(x));
  const list = Array.isArray(type) ? type : String(type ?? '').split(',');
  return list.filter((x) => x !== 'null' && x !== '').map(one).join(` ${t('inbox:schemaForm.or')} `);
}

/** One ajv error in Vietnamese (or the current language), by its keyword and parameters. */
export function translateError(t: TFunction, error: RJSFValidationError): string {
  const p = (error.params ?? {}) as Record<string, unknown>;
  const k = (key: string, vars?: Record<string, unknown>) => t(`inbox:schemaForm.errors.${key}`, vars);
  switch (error.name) {
    case 'required':
      return k('required');
    case 'minLength':
      return p.limit === 1 ? k('required') : k('minLength', { limit: p.limit });
    case 'maxLength':
      return k('maxLength', { limit: p.limit });
    case 'format': {
      const format = String(p.format ?? '');
      return (FORMAT_KEYS as readonly string[]).includes(format) ? k(`format.${format}`) : k('format.other', { format });
    }
    case 'enum':
      return k('enum');
    case 'const':
      return k('const', { value: JSON.stringify(p.allowedValue) });
    case 'minimum':
      return k('minimum', { limit: p.limit });
    case 'maximum':
      return k('maximum', { limit: p.limit });
    case 'exclusiveMinimum':
      return k('exclusiveMinimum', { limit: p.limit });
    case 'exclusiveMaximum':
      return k('exclusiveMaximum', { limit: p.limit });
    case 'type':
      return k('type', { type: typeName(t, p.type) });
    case 'minItems':
      return k('minItems', { limit: p.limit });
    case 'maxItems':
      return k('maxItems', { limit: p.limit });
    case 'uniqueItems':
      return k('uniqueItems');
    case 'pattern':
      return k('pattern');
    case 'additionalProperties':
      return k('additionalProperties', { field: p.additionalProperty });
    case 'oneOf':
    case 'anyOf':
      return k('oneOf');
    default:
      return k('other');
  }
}

/**
 * rjsf's `transformErrors`: every message translated. Errors that only restate another (the branch summary of a
 * oneOf/anyOf, a `not`) are dropped when the same field already has a more precise one.
 */
export function makeTransformErrors(t: TFunction) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] => {
    const precise = new Set(errors.filter((e) => !['oneOf', 'anyOf', 'if', 'not'].includes(e.name ?? '')).map((e) => e.property));
    const seen = new Set<string>();
    return errors
      .filter((e) => !(['oneOf', 'anyOf', 'if'].includes(e.name ?? '') && precise.has(e.property)))
      .map((e) => {
        const message = translateError(t, e);
        return { ...e, message, stack: e.title ? `${e.title}: ${message}` : message };
      })
      // Two rules may say the same thing of one field (a type and a format): once is enough.
      .filter((e) => {
        const key = `${e.property ?? ''}|${e.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  };
}

/** Strips the body's wrapper name (`input.title`, `payload.subject.name`) when the schema has no such property. */
function toSchemaPath(schema: RJSFSchema, field: string): string[] | undefined {
  const parts = field.split('.').filter(Boolean);
  if (parts.length === 0) return undefined;
  if (hasPath(schema, parts)) return parts;
  if (parts.length > 1 && (parts[0] === 'input' || parts[0] === 'payload') && hasPath(schema, parts.slice(1))) return parts.slice(1);
  return undefined;
}

export interface ServerFieldErrors {
  /** The errors rjsf shows under their fields. */
  errorSchema: ErrorSchema;
  /** Server messages for fields this form does not have, as "field: message". */
  unmatched: { field: string; message: string }[];
  /** The matched paths, to hide a message once its field is edited. */
  paths: string[][];
}

/** A server refusal's field errors, split into those this schema can show under a field and the rest. */
export function serverFieldErrors(schema: RJSFSchema, error: unknown): ServerFieldErrors {
  const out: ServerFieldErrors = { errorSchema: {}, unmatched: [], paths: [] };
  if (!(error instanceof ApiError)) return out;
  const fields = (error.details.fields ?? []) as { field: string; message: string }[];
  if (!Array.isArray(fields)) return out;
  for (const { field, message } of fields) {
    const path = typeof field === 'string' ? toSchemaPath(schema, field) : undefined;
    if (!path) {
      out.unmatched.push({ field: String(field), message: String(message) });
      continue;
    }
    out.paths.push(path);
    let node = out.errorSchema as Record<string, unknown>;
    for (const part of path) node = (node[part] ??= {}) as Record<string, unknown>;
    const list = (node.__errors as string[] | undefined) ?? [];
    const text = capitalise(String(message));
    if (!list.includes(text)) node.__errors = [...list, text];
  }
  return out;
}

/** The server writes "quá ngắn" to follow a field name; under the field it starts a sentence. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The error schema without the paths whose value changed since the refusal (the person has fixed them). */
export function withoutEdited(errors: ServerFieldErrors, before: unknown, now: unknown): ErrorSchema {
  const at = (data: unknown, path: string[]) => path.reduce<unknown>((d, p) => (d && typeof d === 'object' ? (d as Record<string, unknown>)[p] : undefined), data);
  const edited = errors.paths.filter((p) => JSON.stringify(at(before, p)) !== JSON.stringify(at(now, p)));
  if (edited.length === 0) return errors.errorSchema;
  const copy = structuredClone(errors.errorSchema) as Record<string, unknown>;
  for (const path of edited) {
    let node: Record<string, unknown> | undefined = copy;
    for (const part of path) node = node?.[part] as Record<string, unknown> | undefined;
    if (node) delete node.__errors;
  }
  return copy as ErrorSchema;
}
