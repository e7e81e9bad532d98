import type { MetadataStorage as TypeStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { defaultProcedures, DISCIPLINE_FORM_LABELS, type PayloadClass, type ProcedureDefinition } from '@hoso/workflows';

// class-transformer keeps the @Type metadata (which class a nested field holds) in a singleton its index does not export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const typeStorage = (require('class-transformer/cjs/storage') as { defaultMetadataStorage: TypeStorage }).defaultMetadataStorage;

export type LabelMap = Readonly<Record<string, string>>;

/** The class-validator rules of a class, its parents' included, grouped by property. */
export function rulesByProperty(cls: Function): Map<string, ValidationMetadata[]> {
  const out = new Map<string, ValidationMetadata[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
    out.set(m.propertyName, [...(out.get(m.propertyName) ?? []), m]);
  }
  return out;
}

/** The name of a rule: `isIn`, `equals`, … for the built-in ones (registered as custom constraints), else its type. */
export function ruleName(m: ValidationMetadata): string {
  if (m.name) return m.name;
  if (m.type === ValidationTypes.CUSTOM_VALIDATION && m.constraintCls) {
    return getMetadataStorage().getTargetValidatorConstraints(m.constraintCls)[0]?.name ?? m.type;
  }
  return m.type;
}

/** The classes a DTO nests (through @ValidateNested + @Type), itself included, each once. */
export function classesWithin(cls: Function, seen = new Set<Function>()): Set<Function> {
  if (seen.has(cls)) return seen;
  seen.add(cls);
  for (const [property, rules] of rulesByProperty(cls)) {
    if (!rules.some((r) => r.type === ValidationTypes.NESTED_VALIDATION)) continue;
    const child = typeStorage.findTypeMetadata(cls, property)?.typeFunction();
    if (typeof child === 'function') classesWithin(child, seen);
  }
  return seen;
}

/**
 * The Vietnamese value labels a procedure declares: its enumerations' labels (`valueLabels`), its statistics'
 * categories and dimensions, the disciplinary forms.
 */
export function labelMapsOf(def: ProcedureDefinition): LabelMap[] {
  const maps: LabelMap[] = [...(def.valueLabels ?? [])];
  if (def.report) maps.push(def.report.categories, ...Object.values(def.report.dimensions).map((d) => d.values));
  maps.push(DISCIPLINE_FORM_LABELS);
  return maps;
}

/**
 * The labels of the values (a boolean's under "true"/"false"): from the map naming exactly these values, else from the
 * first map naming every one of them, restricted to them; none when no map covers them all.
 */
export function labelsCovering(values: readonly unknown[], maps: readonly LabelMap[]): LabelMap | undefined {
  if (values.length === 0 || !values.every((v) => typeof v === 'string' || typeof v === 'boolean')) return undefined;
  const keys = [...new Set(values.map(String))];
  const covers = (m: LabelMap) => keys.every((k) => Object.prototype.hasOwnProperty.call(m, k));
  const map = maps.find((m) => covers(m) && Object.keys(m).length === keys.length) ?? maps.find(covers);
  return map ? Object.fromEntries(keys.map((k) => [k, map[k]])) : undefined;
}

/** The allowed values of an enumerated property (`@IsIn`), or its one value (`@Equals`), if it has them. */
export function allowedValues(rules: readonly ValidationMetadata[]): readonly unknown[] | undefined {
  const isIn = rules.find((r) => ruleName(r) === 'isIn');
  if (isIn) return isIn.constraints[0] as readonly unknown[];
  const equals = rules.find((r) => ruleName(r) === 'equals');
  return equals ? [equals.constraints[0]] : undefined;
}

let index: WeakMap<Function, LabelMap[]> | undefined;

/** Every DTO class of the built-in procedures → the label maps of the procedures that use it (built once). */
function classIndex(): WeakMap<Function, LabelMap[]> {
  if (index) return index;
  index = new WeakMap();
  for (const def of defaultProcedures()) {
    const classes: PayloadClass[] = [def.input, ...Object.values(def.events).flatMap((e) => (e.payload ? [e.payload] : []))];
    for (const root of classes) {
      for (const cls of classesWithin(root)) index.set(cls, [...(index.get(cls) ?? []), ...labelMapsOf(def)]);
    }
  }
  return index;
}

/** Labels of the allowed values of `property` on a DTO class, where its procedure declares them. */
export function valueLabels(cls: Function, property: string): LabelMap | undefined {
  const maps = classIndex().get(cls);
  const values = maps && allowedValues(rulesByProperty(cls).get(property) ?? []);
  return values ? labelsCovering(values, maps) : undefined;
}
