// The JSON Schema the API publishes (draft-07, with the project's `x-*` keywords) → what react-jsonschema-form renders
// well: a title on every field (the API's Vietnamese one, else the key made readable), the API's Vietnamese value
// labels (`x-enumLabels`) as option names, a date picker for "a date or a date-time", long texts as text areas.
// Nothing here knows a procedure: everything comes from the schema.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';

type Json = { [key: string]: unknown };

/** Texts allowed this long or longer get a multi-line box. */
const TEXTAREA_FROM = 1000;

export interface PreparedSchema {
  schema: RJSFSchema;
  uiSchema: UiSchema;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `receivedAt` → "Received at", `subject_name` → "Subject name": a readable label when the schema has no title. */
export function humaniseKey(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The types a schema allows (`type` as a string or a list), without null. */
function nonNullTypes(schema: Json): string[] {
  const t = schema.type;
  const list = Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
  return list.filter((x) => x !== 'null');
}

function allowsNull(schema: Json): boolean {
  return Array.isArray(schema.type) && (schema.type as string[]).includes('null');
}

/**
 * `oneOf`/`anyOf` of string branches that are each a `date` or a `date-time` (and perhaps null): one date field.
 * A civil date is what a person means; the API accepts both forms.
 */
function collapseDateUnion(schema: Json): Json | undefined {
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const nonNull = (branches as Json[]).filter((b) => !(isObject(b) && b.type === 'null'));
    const formats = nonNull.map((b) => (isObject(b) && nonNullTypes(b).join() === 'string' ? b.format : undefined));
    if (nonNull.length === 0 || !formats.every((f) => f === 'date' || f === 'date-time')) continue;
    const format = formats.includes('date') ? 'date' : 'date-time';
    const nullable = nonNull.length < branches.length;
    const rest = { ...schema };
    delete rest[key];
    return { ...rest, type: nullable ? ['string', 'null'] : 'string', format };
  }
  return undefined;
}

/** Copies `ui:*` keys a schema may carry (presentation hints the API publishes) into the uiSchema. */
function uiHintsOf(schema: Json): UiSchema {
  const ui: UiSchema = {};
  for (const [k, v] of Object.entries(schema)) if (k.startsWith('ui:')) ui[k] = v;
  return ui;
}

function prepareNode(input: Json, key: string | undefined): { schema: Json; ui: UiSchema } {
  let schema: Json = { ...(collapseDateUnion(input) ?? input) };
  const ui: UiSchema = uiHintsOf(schema);
  for (const k of Object.keys(schema)) if (k.startsWith('ui:')) delete schema[k];

  if (key !== undefined && typeof schema.title !== 'string') schema.title = humaniseKey(key);

  const labels = schema['x-enumLabels'];
  if (isObject(labels) && Array.isArray(schema.enum)) {
    ui['ui:enumNames'] = labels as Record<string, string>;
  }
  // An optional enumerated value (null among the values) is offered as the empty choice, not as a "null" option.
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) {
    schema = { ...schema, enum: (schema.enum as unknown[]).filter((v) => v !== null) };
    if (!allowsNull(schema)) schema.type = [...nonNullTypes(schema), 'null'];
  }

  const types = nonNullTypes(schema);
  if (types.includes('string') && typeof schema['x-entity'] === 'string' && !ui['ui:widget']) ui['ui:widget'] = 'entity';
  if (types.includes('string') && (schema.format === 'date' || schema.format === 'date-time') && !ui['ui:widget']) {
    ui['ui:widget'] = schema.format === 'date' ? 'viDate' : 'viDateTime';
  }
  if (types.includes('string') && !schema.enum && typeof schema.maxLength === 'number' && schema.maxLength >= TEXTAREA_FROM && !ui['ui:widget']) {
    ui['ui:widget'] = 'textarea';
    ui['ui:options'] = { rows: 4, ...(ui['ui:options'] as object | undefined) };
  }

  if (isObject(schema.properties)) {
    const properties: Json = {};
    for (const [name, child] of Object.entries(schema.properties)) {
      if (!isObject(child)) {
        properties[name] = child;
        continue;
      }
      const prepared = prepareNode(child, name);
      properties[name] = prepared.schema;
      if (Object.keys(prepared.ui).length > 0) ui[name] = prepared.ui;
    }
    schema.properties = properties;
  }
  if (isObject(schema.items)) {
    const prepared = prepareNode(schema.items, undefined);
    schema.items = prepared.schema;
    if (Object.keys(prepared.ui).length > 0) ui.items = prepared.ui;
  }
  return { schema, ui };
}

/**
 * The schema to render and its uiSchema. The root's own title and description are left out: the page already says
 * which step or procedure the form is for.
 */
export function prepareSchema(input: object): PreparedSchema {
  const { schema, ui } = prepareNode(input as Json, undefined);
  delete schema.title;
  delete schema.description;
  return { schema: schema as RJSFSchema, uiSchema: ui };
}

/** The property names of an object schema at a dotted path (`subject` → its properties), for matching server fields. */
export function hasPath(schema: RJSFSchema, path: string[]): boolean {
  let node: unknown = schema;
  for (const part of path) {
    if (!isObject(node)) return false;
    if (isObject(node.properties) && part in node.properties) node = node.properties[part];
    else if (/^\d+$/.test(part) && isObject(node.items)) node = node.items;
    else return false;
  }
  return true;
}
