// The published shape of a map from an enumeration's values to counts (e.g. a ballot's votes per discipline form).
// The DTO validates such a map as an object (@IsObject) and checks its counts in a rule across fields (which values
// the ballot lists, the sums); left at that, the JSON Schema a client builds its form from would be a bare
// `{ type: 'object' }` with no inputs. This decorator says the shape as data, for the step schemas only: it changes
// nothing the server accepts (class-validator ignores it), and class-validator-jsonschema merges it into the property.
import { JSONSchema } from 'class-validator-jsonschema';

/** One count in the map: a whole number, never negative. */
export type CountSchema = {
  readonly type: 'integer';
  readonly minimum: 0;
  /** The value's Vietnamese label, as the form shows it. */
  readonly title: string;
};

export type CountsPerValueSchema = {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, CountSchema>>;
  readonly additionalProperties: false;
};

/**
 * The JSON Schema of a map value → count: one optional integer ≥ 0 per value, in the order given (the order a form
 * lists them), titled with the value's label; any other key is refused.
 */
export function countsPerValue<K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>): CountsPerValueSchema {
  const properties: Record<string, CountSchema> = {};
  for (const value of values) properties[value] = { type: 'integer', minimum: 0, title: labels[value] };
  return { type: 'object', properties, additionalProperties: false };
}

/** Publishes a property validated as a free object as a map value → count (countsPerValue). */
export function PublishedAsCounts<K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>): PropertyDecorator {
  const decorate = JSONSchema(countsPerValue(values, labels));
  return (target, key) => decorate(target, String(key));
}
