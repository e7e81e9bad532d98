import { COMMON_FIELD_TEXTS, titleOf } from '@hoso/workflows/shared/field-texts';
import { ORG_CHANGE_KIND_LABELS } from '@hoso/workflows/shared/org-change';
import {
  AUDIENCE_LABELS, BODY_KIND_LABELS, COMPLAINANT_KIND_LABELS, DISCIPLINE_SUBJECT_LABELS, LEVEL_LABELS, MEMBERSHIP_STATUS_LABELS,
} from '@hoso/workflows/shared/value-labels';
import { formatVietnamDateTime } from './vietnam-datetime';

/** A JSON Schema as the procedures publish it (titles, `x-enumLabels`, `x-entity`). */
export type JsonSchema = { [keyword: string]: unknown };

/** One line of a recorded step's content as a reader sees it: "Loại thông tin: Phản ánh", nested by `depth`. */
export interface PayloadLine {
  depth: number;
  label: string;
  /** '' for a group whose lines follow one level deeper. */
  value: string;
}

/** What the export knows besides the schema: names for identifiers, and label maps to try for a code without one. */
export interface PayloadTextContext {
  names: ReadonlyMap<string, string>;
  labelMaps: readonly Readonly<Record<string, string>>[];
}

/** The enumerations every procedure shares: the last place a code without a label in its schema is looked up. */
export const SHARED_VALUE_LABELS: readonly Readonly<Record<string, string>>[] = [
  MEMBERSHIP_STATUS_LABELS, BODY_KIND_LABELS, LEVEL_LABELS, DISCIPLINE_SUBJECT_LABELS, AUDIENCE_LABELS, COMPLAINANT_KIND_LABELS,
  ORG_CHANGE_KIND_LABELS,
];

export type EntityKind = 'orgUnit' | 'user' | 'person' | 'case';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-Z][A-Z0-9_]*$/;
export const NONE = 'Không có';

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema and its oneOf / anyOf / allOf branches. */
function branches(schema: JsonSchema): JsonSchema[] {
  const out = [schema];
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    const list = schema[k];
    if (Array.isArray(list)) out.push(...list.filter(isObject).flatMap(branches));
  }
  return out;
}

function declaredSchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  for (const b of schema ? branches(schema) : []) {
    if (isObject(b.properties) && isObject(b.properties[key])) return b.properties[key] as JsonSchema;
  }
  return undefined;
}

/** The schema every undeclared key shares: a record keyed by codes (rule keys, deadline keys). */
function sharedSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  for (const b of schema ? branches(schema) : []) if (isObject(b.additionalProperties)) return b.additionalProperties;
  return undefined;
}

function propertySchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  return declaredSchema(schema, key) ?? sharedSchema(schema);
}

function itemSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  for (const b of schema ? branches(schema) : []) if (isObject(b.items)) return b.items;
  return undefined;
}

function keyword<T>(schema: JsonSchema | undefined, name: string, ok: (v: unknown) => v is T): T | undefined {
  for (const b of schema ? branches(schema) : []) if (ok(b[name])) return b[name] as T;
  return undefined;
}

/** Value → label of an enumerated field, or of an array's items. */
function enumLabels(s: JsonSchema | undefined): Record<string, string> | undefined {
  const own = keyword(s, 'x-enumLabels', isObject) ?? keyword(itemSchema(s), 'x-enumLabels', isObject);
  return own as Record<string, string> | undefined;
}
const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The field's Vietnamese name: the schema's title, the shared dictionary's, else the field's own name. */
function fieldLabel(key: string, s: JsonSchema | undefined): string {
  const shared = COMMON_FIELD_TEXTS[key];
  return keyword(s, 'title', isString) ?? (shared ? titleOf(shared) : key);
}

function scalar(v: unknown, s: JsonSchema | undefined, ctx: PayloadTextContext): string {
  if (v === null || v === undefined || v === '') return NONE;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') return v.toLocaleString('vi-VN');
  if (typeof v !== 'string') return String(v);
  const own = enumLabels(s)?.[v];
  if (own) return own;
  if (ISO_DATE.test(v)) return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
  if (ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))) return formatVietnamDateTime(new Date(v));
  if (UUID.test(v)) return ctx.names.get(v.toLowerCase()) ?? v;
  // A code the schema does not label (a system event's, an older version's): the procedure's label maps may know it.
  if (CODE.test(v)) for (const m of ctx.labelMaps) if (Object.prototype.hasOwnProperty.call(m, v)) return m[v];
  return v;
}

const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * A recorded payload as lines a person reads, the way the web application's timeline shows it: each field under its
 * Vietnamese title, enumerated values by their labels, dates as dd/MM/yyyy (Vietnam time), yes/no for booleans,
 * names for the identifiers of units, users and people; nested objects and lists indented. Never raw JSON.
 */
export function payloadLines(payload: unknown, schema: JsonSchema | undefined, ctx: PayloadTextContext, depth = 0): PayloadLine[] {
  if (!isObject(payload)) return payload === undefined || payload === null ? [] : [{ depth, label: 'Nội dung', value: scalar(payload, schema, ctx) }];
  const out: PayloadLine[] = [];
  for (const [key, v] of Object.entries(payload)) {
    if (v === undefined) continue;
    const ps = propertySchema(schema, key);
    // An entry of a record keyed by codes is named by its key ("Quy tắc A.SOURCES").
    const keyed = !declaredSchema(schema, key) && ps !== undefined;
    const label = keyed ? `${keyword(ps, 'title', isString) ?? ''} ${key}`.trim() : fieldLabel(key, ps);
    if (Array.isArray(v)) {
      if (v.length === 0) out.push({ depth, label, value: NONE });
      else if (v.every(isPrimitive)) out.push({ depth, label, value: v.map((x) => scalar(x, itemSchema(ps) ?? ps, ctx)).join(', ') });
      else {
        out.push({ depth, label, value: '' });
        v.forEach((item, i) => {
          if (isObject(item)) {
            out.push({ depth: depth + 1, label: `Mục ${i + 1}`, value: '' });
            out.push(...payloadLines(item, itemSchema(ps), ctx, depth + 2));
          } else out.push({ depth: depth + 1, label: `Mục ${i + 1}`, value: scalar(item, itemSchema(ps), ctx) });
        });
      }
    } else if (isObject(v)) {
      out.push({ depth, label, value: '' });
      out.push(...payloadLines(v, ps, ctx, depth + 1));
    } else out.push({ depth, label, value: scalar(v, ps, ctx) });
  }
  return out;
}

/** The identifiers a payload holds where its schema says what they name (`x-entity`), by kind. */
export function entityIds(payload: unknown, schema: JsonSchema | undefined, into: Record<EntityKind, Set<string>>): void {
  const entity = keyword(schema, 'x-entity', isString) as EntityKind | undefined;
  if (typeof payload === 'string') {
    if (entity && into[entity] && UUID.test(payload)) into[entity].add(payload.toLowerCase());
  } else if (Array.isArray(payload)) {
    // A list of identifiers carries `x-entity` on the list itself.
    const items = { ...(itemSchema(schema) ?? {}), ...(entity ? { 'x-entity': entity } : {}) };
    for (const item of payload) entityIds(item, items, into);
  } else if (isObject(payload)) {
    for (const [key, v] of Object.entries(payload)) entityIds(v, propertySchema(schema, key), into);
  }
}

/** The lines as plain text, one a line, two spaces a level: "Đối tượng:\n  Tên: Nguyễn Văn X". */
export function payloadText(lines: readonly PayloadLine[]): string {
  return lines.map((l) => `${'  '.repeat(l.depth)}${l.label}:${l.value ? ` ${l.value}` : ''}`).join('\n');
}
