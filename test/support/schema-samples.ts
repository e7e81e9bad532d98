// Sample payloads made from a published JSON Schema: one valid value with every field, one with only the required
// ones, and the invalid variants a client gets wrong (a field left out, a wrong type, a value outside an enumeration,
// out of bounds, a bad date or UUID, an unknown field), each at the path where it was made, nested fields included.

export type Schema = { [keyword: string]: unknown };
export interface Variant {
  /** Dotted path as the server reports refused fields (`subject.name`, `members.0.id`); '' for the object itself. */
  path: string;
  kind: 'missing' | 'wrongType' | 'enum' | 'tooLong' | 'tooShort' | 'belowMin' | 'aboveMax' | 'notInteger' | 'badDate' | 'badUuid' | 'badPattern' | 'tooMany' | 'tooFew' | 'duplicate' | 'unknownField';
  sample: Record<string, unknown>;
}

const DATE = '2026-01-15';
const DATE_TIME = '2026-01-15T08:30:00.000Z';
const UUID = '3f0c1d2e-4b5a-4c6d-8e7f-0123456789ab';
export const UNKNOWN = 'truongKhongKhaiBao';
const CANDIDATES = ['Nội dung hợp lệ', 'ma_1', DATE, 'abc'];

const props = (s: Schema) => (s.properties ?? {}) as Record<string, Schema>;
const required = (s: Schema) => (s.required ?? []) as string[];
const dateKinds = (s: Schema): string[] => ((s.oneOf ?? s.anyOf ?? []) as Schema[]).map((b) => b.format as string).filter(Boolean);

function text(s: Schema): string {
  const min = (s.minLength as number | undefined) ?? 0;
  const max = (s.maxLength as number | undefined) ?? Infinity;
  if (s.pattern) {
    const re = new RegExp(s.pattern as string, 'u');
    const hit = CANDIDATES.find((c) => re.test(c) && c.length >= min && c.length <= max);
    if (!hit) throw new Error(`no sample string for pattern ${String(s.pattern)}`);
    return hit;
  }
  return 'Nội dung hợp lệ'.padEnd(min, '.').slice(0, Math.min(max, Math.max(min, 15)));
}

/** An optional field may also be null: sampled as its non-null schema. */
function nonNull(s: Schema): Schema {
  const out = { ...s };
  if (Array.isArray(s.type)) out.type = (s.type as string[]).find((t) => t !== 'null');
  for (const key of ['oneOf', 'anyOf']) if (Array.isArray(s[key])) out[key] = (s[key] as Schema[]).filter((b) => b.type !== 'null');
  if (Array.isArray(s.enum)) out.enum = (s.enum as unknown[]).filter((v) => v !== null);
  return out;
}

/** A valid value; `full` fills optional fields too. */
export function validValue(schema: Schema, full: boolean): unknown {
  const s = nonNull(schema);
  if (Array.isArray(s.enum)) return s.enum[0];
  const dates = dateKinds(s);
  if (dates.length > 0) return s.pattern || !dates.includes('date-time') ? DATE : DATE_TIME;
  switch (s.type) {
    case 'string':
      return s.format === 'uuid' ? UUID : text(s);
    case 'integer':
    case 'number':
      return Math.min(Math.max((s.minimum as number | undefined) ?? 1, 1), (s.maximum as number | undefined) ?? Infinity);
    case 'boolean':
      return true;
    case 'array':
      return distinctItems(s.items as Schema, Math.max((s.minItems as number | undefined) ?? 0, 1), full);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(props(s))) if (full || required(s).includes(k)) out[k] = validValue(p, full);
      return out;
    }
    default:
      throw new Error(`no sample for schema ${JSON.stringify(s)}`);
  }
}

/** `n` items, distinct where the schema allows (enumerations cycle through their values). */
function distinctItems(item: Schema, n: number, full: boolean): unknown[] {
  return Array.from({ length: n }, (_, i) => {
    if (Array.isArray(item.enum)) return item.enum[i % item.enum.length];
    const v = validValue(item, full);
    return typeof v === 'string' && dateKinds(item).length === 0 && item.format !== 'uuid' && !item.pattern ? `${v} ${i}` : v;
  });
}

/** Every invalid variant of `root`'s valid full sample, at every depth. */
export function invalidVariants(schema: Schema): Variant[] {
  const root = validValue(schema, true) as Record<string, unknown>;
  const out: Variant[] = [];
  const walk = (schema: Schema, path: string[], value: unknown): void => {
    const s = nonNull(schema);
    const at = (v: unknown, kind: Variant['kind'], reported = path) => out.push({ path: reported.join('.'), kind, sample: setAt(root, path, v) });
    if (s.type === 'object' || s.properties) {
      // A DTO's object (it lists its properties) refuses any other field; a free map (`{ type: 'object' }`) does not.
      if (s.properties) at({ ...(value as object), [UNKNOWN]: 'x' }, 'unknownField', [...path, UNKNOWN]);
      for (const [k, p] of Object.entries(props(s))) {
        if (required(s).includes(k)) at(omit(value as Record<string, unknown>, k), 'missing', [...path, k]);
        walk(p, [...path, k], (value as Record<string, unknown>)[k]);
      }
      if (path.length > 0) at('không phải đối tượng', 'wrongType');
      return;
    }
    if (s.type === 'array') {
      at('không phải danh sách', 'wrongType');
      const item = s.items as Schema;
      if (s.maxItems !== undefined) at(distinctItems(item, (s.maxItems as number) + 1, true), 'tooMany');
      if (((s.minItems as number | undefined) ?? 0) > 0) at(distinctItems(item, (s.minItems as number) - 1, true), 'tooFew');
      if (s.uniqueItems) at([...(value as unknown[]), (value as unknown[])[0]], 'duplicate');
      walk(item, [...path, '0'], (value as unknown[])[0]);
      return;
    }
    if (Array.isArray(s.enum)) at(typeof s.enum[0] === 'boolean' ? !s.enum[0] : 'KHONG_CO_TRONG_DANH_SACH', 'enum');
    const dates = dateKinds(s);
    if (dates.length > 0) {
      at('không-phải-ngày', 'badDate');
      at('2026-02-30', 'badDate');
      return;
    }
    if (s.type === 'string') {
      at(12345, 'wrongType');
      if (s.format === 'uuid') at('khong-phai-uuid', 'badUuid');
      if (s.pattern) at('!!! sai định dạng', 'badPattern');
      if (s.maxLength !== undefined) at('a'.repeat((s.maxLength as number) + 1), 'tooLong');
      if (((s.minLength as number | undefined) ?? 0) > 0) at('a'.repeat((s.minLength as number) - 1), 'tooShort');
    } else if (s.type === 'integer' || s.type === 'number') {
      at('12', 'wrongType');
      if (s.minimum !== undefined) at((s.minimum as number) - 1, 'belowMin');
      if (s.maximum !== undefined) at((s.maximum as number) + 1, 'aboveMax');
      if (s.type === 'integer') at(((s.minimum as number | undefined) ?? 1) + 0.5, 'notInteger');
    } else if (s.type === 'boolean') {
      at('có', 'wrongType');
    }
  };
  walk(schema, [], root);
  return out;
}

function omit(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _gone, ...rest } = o;
  return rest;
}

/** A deep copy of `root` with `value` at `path` ('' replaces the root itself). */
function setAt(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  if (path.length === 0) return value as Record<string, unknown>;
  const copy = structuredClone(root);
  let node: Record<string, unknown> = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}
