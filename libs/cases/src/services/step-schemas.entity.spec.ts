import { defaultProcedures } from '@hoso/workflows';
import { entityOf, type JsonSchema } from './step-schemas';
import { describeVersion } from './step-schemas.service';

// An identifier field says which kind of record it names, so a form offers the units (users, people, cases) to
// choose from instead of asking an official for a UUID.

const props = (s: JsonSchema) => (s.properties ?? {}) as Record<string, JsonSchema>;
const newest = (id: string) => defaultProcedures().filter((d) => d.id === id).sort((a, b) => b.version - a.version)[0];
const payloadOf = (id: string, type: string) => describeVersion(newest(id)).events.find((e) => e.type === type)!.payload as JsonSchema;

describe('x-entity on identifier fields', () => {
  it('names the kind of record by the field name', () => {
    expect(entityOf('unitId')).toBe('orgUnit');
    expect(entityOf('bodyUnitId')).toBe('orgUnit');
    expect(entityOf('userId')).toBe('user');
    expect(entityOf('personId')).toBe('person');
    expect(entityOf('childCaseId')).toBe('case');
    expect(entityOf('unit')).toBeUndefined();
    expect(entityOf('communityId')).toBeUndefined();
  });

  it('marks the unit a 1374 case is assigned to, and the subject user of a denunciation', () => {
    expect(props(payloadOf('quy-dinh-1374', 'ASSIGN_TO_UNIT')).unitId).toMatchObject({ format: 'uuid', 'x-entity': 'orgUnit' });
    const input = describeVersion(newest('to-cao')).input as JsonSchema;
    expect(props(props(input).subject).userId).toMatchObject({ 'x-entity': 'user' });
  });

  it('marks every uuid field of every published schema with a known kind', () => {
    const unmarked: string[] = [];
    const walk = (s: unknown, path: string) => {
      if (typeof s !== 'object' || s === null) return;
      const schema = s as JsonSchema;
      if (schema.format === 'uuid' && !schema['x-entity']) unmarked.push(path);
      for (const [k, v] of Object.entries(props(schema))) walk(v, `${path}.${k}`);
    };
    for (const d of defaultProcedures()) {
      const described = describeVersion(d);
      walk(described.input, `${d.id}@${d.version}.input`);
      for (const e of described.events) walk(e.payload, `${d.id}@${d.version}.${e.type}`);
    }
    expect(unmarked).toEqual([]);
  });
});
