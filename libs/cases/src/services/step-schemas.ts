import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { descriptionOf, fieldTextOf, titleOf, type FieldText, type FieldTexts } from '@hoso/workflows/shared/field-texts';
import { allowedValues, labelsCovering, rulesByProperty, ruleName, typeStorage, type LabelMap } from './value-labels';

/** A JSON Schema (draft-07) object, as published. */
export type JsonSchema = { [keyword: string]: unknown };

export const SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

/**
 * Besides each field's Vietnamese `title` (and `description` where its meaning needs saying), keywords this project adds
 * (ignored by any validator that does not know them):
 * - `x-enumLabels`: the Vietnamese label of each allowed value, where the procedure declares them;
 * - `x-conditional`: the field is required or checked only depending on other fields (`@ValidateIf`);
 * - `x-rules`: rules across fields the server checks that a JSON Schema cannot say (a tally against its roster);
 * - `x-entity`: the identifier names a record of the system (`orgUnit`, `user`, `person`, `case`), so a form can
 *   offer a choice among them instead of asking for an id (`entityOf`).
 */
export const EXTENSION_KEYWORDS = ['x-enumLabels', 'x-conditional', 'x-rules', 'x-entity'] as const;

const CONDITIONAL_NOTE = 'Bắt buộc hoặc được kiểm tra tùy theo giá trị của các trường khác.';
const RULES_NOTE = 'Máy chủ còn kiểm tra thêm quy tắc liên quan giữa các trường: ';

/** The Vietnamese texts a procedure gives its forms: value labels, and field titles over the shared dictionary. */
export interface SchemaTexts {
  labelMaps: readonly LabelMap[];
  fieldTexts?: FieldTexts;
}

/**
 * The JSON Schema of a payload DTO, generated from its class-validator rules: nested DTOs are inlined (names of DTO
 * classes repeat across procedures, so no shared `definitions`), unknown fields are refused at every level as the
 * server refuses them, an ISO 8601 field is one of `date` or `date-time`. Every field, at every level, gets the
 * Vietnamese title `texts` give it (fieldTextOf); `title` is the schema's own (the step's or the procedure's name).
 */
export function payloadSchema(cls: Function, texts: SchemaTexts, title?: string): JsonSchema {
  const schema = classSchema(cls, texts, []);
  return { $schema: SCHEMA_DIALECT, ...(title ? { title } : {}), ...schema };
}

function classSchema(cls: Function, texts: SchemaTexts, stack: Function[]): JsonSchema {
  if (stack.includes(cls)) return { type: 'object' }; // a DTO that contains itself: stop, rather than recurse forever
  const rules = rulesByProperty(cls);
  if (rules.size === 0) return { type: 'object', properties: {}, additionalProperties: false };
  const inner = [...stack, cls];
  const generated = targetConstructorToSchema(cls, {
    classTransformerMetadataStorage: typeStorage,
    additionalConverters: {
      [ValidationTypes.NESTED_VALIDATION]: (meta: ValidationMetadata) => {
        const child = typeStorage.findTypeMetadata(meta.target as Function, meta.propertyName)?.typeFunction();
        return typeof child === 'function' ? classSchema(child, texts, inner) : { type: 'object' };
      },
      // Custom constraints are rules across fields: said in `x-rules` below, not as a type.
      [ValidationTypes.CUSTOM_VALIDATION]: {},
    },
  }) as JsonSchema;
  const properties = { ...((generated.properties as Record<string, JsonSchema> | undefined) ?? {}) };
  for (const [property, propRules] of rules) {
    properties[property] = withEntity(
      annotate(properties[property] ?? {}, propRules, texts.labelMaps, fieldTextOf(cls, property, texts.fieldTexts)),
      property,
    );
  }
  return { ...generated, type: 'object', properties, additionalProperties: false };
}

/** Title, labels of enumerated values, conditional fields and cross-field rules, on one property's schema. */
function annotate(schema: JsonSchema, rules: readonly ValidationMetadata[], labelMaps: readonly LabelMap[], text: FieldText | undefined): JsonSchema {
  const out: JsonSchema = text ? { title: titleOf(text), ...schema } : { ...schema };
  const values = allowedValues(rules);
  const labels = values && labelsCovering(values, labelMaps);
  if (labels) {
    if (out.type === 'array') out.items = { ...(out.items as JsonSchema), 'x-enumLabels': labels };
    else out['x-enumLabels'] = labels;
  }
  // @IsOptional lets null through as "absent": the schema says so, or it would refuse what the server accepts.
  if (rules.some((r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION && r.name === 'isOptional')) Object.assign(out, nullable(out));
  const notes: string[] = [];
  const meaning = text && descriptionOf(text);
  if (meaning) notes.push(meaning);
  if (rules.some((r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION && r.name !== 'isOptional')) {
    out['x-conditional'] = true;
    notes.push(CONDITIONAL_NOTE);
  }
  const custom = rules.filter((r) => r.type === ValidationTypes.CUSTOM_VALIDATION && isOwnConstraint(r)).map(ruleName);
  if (custom.length > 0) {
    out['x-rules'] = custom;
    notes.push(RULES_NOTE + custom.join(', ') + '.');
  }
  if (notes.length > 0) out.description = notes.join(' ');
  return out;
}

/** The same schema, also allowing null (a type list, a null branch of a oneOf/anyOf, null among enumerated values). */
function nullable(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  if (typeof schema.type === 'string') out.type = [schema.type, 'null'];
  for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(schema[key])) out[key] = [...(schema[key] as JsonSchema[]), { type: 'null' }];
  if (Array.isArray(schema.enum)) out.enum = [...(schema.enum as unknown[]), null];
  if (schema.$ref) out.anyOf = [{ $ref: schema.$ref }, { type: 'null' }];
  return out;
}

// class-validator's own decorators carry their name (`isIn`, `matches`…); a project's @Validate(Constraint) has none.
function isOwnConstraint(r: ValidationMetadata): boolean {
  return !r.name;
}

/** The kind of record an identifier field names, from the house's naming of such fields (`unitId`, `bodyUnitId`…). */
export function entityOf(property: string): 'orgUnit' | 'user' | 'person' | 'case' | undefined {
  // A unit's parent (`parentId`, `newParentId` of an organisation change) is a unit too.
  if (/(^u|U)nitId$/.test(property) || /(^p|P)arentId$/.test(property)) return 'orgUnit';
  if (/(^u|U)serId$/.test(property)) return 'user';
  if (/(^p|P)ersonId$/.test(property)) return 'person';
  if (/(^c|C)aseId$/.test(property)) return 'case';
  return undefined;
}

/** `x-entity` on an identifier property (a uuid string, or an array of them). */
function withEntity(schema: JsonSchema, property: string): JsonSchema {
  const entity = entityOf(property);
  const isId = (s: unknown) => typeof s === 'object' && s !== null && (s as JsonSchema).format === 'uuid';
  if (!entity || !(isId(schema) || isId(schema.items))) return schema;
  return { ...schema, 'x-entity': entity };
}
