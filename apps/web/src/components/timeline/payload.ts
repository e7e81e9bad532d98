// Reading a step's recorded payload with the JSON Schema the procedure publishes for it: the field's title and the
// Vietnamese labels of enumerated values (`x-enumLabels`) where the API gives them.
import type { Schemas } from '../../api/client';

export type JsonSchema = Record<string, unknown>;
export type ProcedureVersion = Schemas['ProcedureVersionResponse'];

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema of a step's payload: the registration input for CREATE, the event's payload otherwise. */
export function schemaForStep(version: ProcedureVersion | undefined, type: string): JsonSchema | undefined {
  if (!version) return undefined;
  if (type === 'CREATE') return isObject(version.input) ? version.input : undefined;
  const payload = version.events.find((e) => e.type === type)?.payload;
  return isObject(payload) ? payload : undefined;
}

/** The branches a schema may take (itself, its oneOf / anyOf / allOf). */
function branches(schema: JsonSchema): JsonSchema[] {
  const out = [schema];
  for (const k of ['oneOf', 'anyOf', 'allOf']) {
    const list = schema[k];
    if (Array.isArray(list)) out.push(...list.filter(isObject).flatMap(branches));
  }
  return out;
}

/** The schema of property `key` of an object schema, wherever a branch declares it. */
export function propertySchema(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (!schema) return undefined;
  for (const b of branches(schema)) {
    const props = b.properties;
    if (isObject(props) && isObject(props[key])) return props[key] as JsonSchema;
  }
  return undefined;
}

/** The schema of an array's items. */
export function itemSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  for (const b of branches(schema)) if (isObject(b.items)) return b.items;
  return undefined;
}

/** Value → Vietnamese label of an enumerated field (or of an array's items). */
export function enumLabels(schema: JsonSchema | undefined): Record<string, string> | undefined {
  if (!schema) return undefined;
  for (const b of branches(schema)) {
    const labels = b['x-enumLabels'];
    if (isObject(labels)) return labels as Record<string, string>;
  }
  const items = itemSchema(schema);
  return items && items !== schema ? enumLabels(items) : undefined;
}

/** The title the schema gives a field, if any. */
export function schemaTitle(schema: JsonSchema | undefined): string | undefined {
  if (!schema) return undefined;
  for (const b of branches(schema)) if (typeof b.title === 'string' && b.title.trim() !== '') return b.title;
  return undefined;
}

/** 'receivedByCompetentAt' → 'Received by competent at' (the last resort when neither schema nor glossary names it). */
export function humaniseKey(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The server pages the timeline oldest first. The rows of page `page` newest first are the indexes
 * [start, end) counted from the oldest; they lie on at most two of the server's pages of the same size.
 */
export function newestFirstWindow(total: number, page: number, pageSize: number): { start: number; end: number; serverPages: number[] } {
  const end = Math.max(0, total - (page - 1) * pageSize);
  const start = Math.max(0, end - pageSize);
  if (end === 0) return { start, end, serverPages: [] };
  const first = Math.floor(start / pageSize) + 1;
  const last = Math.floor((end - 1) / pageSize) + 1;
  return { start, end, serverPages: first === last ? [first] : [first, last] };
}
