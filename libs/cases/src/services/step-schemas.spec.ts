import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { defaultProcedures, type PayloadClass } from '@hoso/workflows';
import { ErrorCode } from '@hoso/core/errors';
import { ProceduresController } from '../controllers/procedures.controller';
import { announced, fieldSchema, refusals } from '../../../../test/support/schema-agreement';
import { invalidVariants, validValue, type Schema } from '../../../../test/support/schema-samples';
import { EXTENSION_KEYWORDS } from './step-schemas';
import { ProcedureRegistryService } from './procedure-registry.service';
import { describeVersion } from './step-schemas.service';
import { publishedDefinition } from './published-definition';

// The published schemas against the DTOs the server validates with: for every procedure version, its case input and
// every event's payload, a valid sample with every field, one with the required fields only, and every invalid
// variant (schema-samples.ts) must be judged alike by ajv on the schema and by validatePayload on the DTO.

const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv);
ajv.addVocabulary([...EXTENSION_KEYWORDS]);

interface Step {
  name: string;
  cls: PayloadClass | undefined;
  schema: Schema;
}
const steps: Step[] = defaultProcedures().flatMap((def) => {
  const d = describeVersion(def);
  return [
    { name: `${def.id}@${def.version} input`, cls: def.input, schema: d.input },
    ...d.events.map((e) => ({ name: `${def.id}@${def.version} ${e.type}`, cls: def.events[e.type].payload, schema: e.payload })),
  ];
});

describe('published step schemas agree with the DTOs the server validates with', () => {
  it('covers every procedure version, its input and every event', () => {
    const versions = defaultProcedures();
    expect(steps).toHaveLength(versions.reduce((n, d) => n + 1 + Object.keys(d.events).length, 0));
    expect(versions.length).toBeGreaterThanOrEqual(7);
  });

  it.each(steps)('$name: ajv on the schema and validatePayload on the DTO judge every sample alike', async ({ cls, schema }) => {
    const validate = ajv.compile(schema);
    const mismatches: string[] = [];
    for (const [label, sample] of [['every field', validValue(schema, true)], ['required fields only', validValue(schema, false)]] as const) {
      if (!validate(sample)) mismatches.push(`${label}: the schema refuses a valid sample: ${ajv.errorsText(validate.errors)}`);
      const refused = (await refusals(cls, sample)).filter((f) => !announced(schema, f));
      if (refused.length > 0) mismatches.push(`${label}: the DTO refuses what the schema accepts: ${JSON.stringify(refused)}`);
    }
    for (const v of invalidVariants(schema)) {
      if (validate(v.sample)) mismatches.push(`${v.kind} at ${v.path}: the schema accepts it`);
      if ((await refusals(cls, v.sample)).length === 0 && !announced(schema, { field: v.path })) mismatches.push(`${v.kind} at ${v.path}: the DTO accepts it`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(steps.filter((s) => invalidVariants(s.schema).some((v) => v.kind === 'missing')))(
    '$name: a missing required field is reported once, as required',
    async ({ cls, schema }) => {
      for (const v of invalidVariants(schema).filter((x) => x.kind === 'missing')) {
        const at = (await refusals(cls, v.sample)).filter((f) => f.field === v.path);
        expect({ path: v.path, at }).toEqual({ path: v.path, at: [{ field: v.path, constraint: 'isDefined', message: expect.stringMatching(/bắt buộc/) }] });
      }
    },
  );

  it.each(steps.filter((s) => invalidVariants(s.schema).some((v) => v.kind === 'enum')))(
    '$name: a value outside an enumeration is answered with the allowed values, labelled as the schema labels them',
    async ({ cls, schema }) => {
      for (const v of invalidVariants(schema).filter((x) => x.kind === 'enum')) {
        const s = fieldSchema(schema, v.path)!;
        // null among an optional field's values stands for "absent", not an allowed value to list.
        const values = (s.enum as unknown[]).filter((x) => x !== null);
        // class-validator reports a list's element (`audiences.0`) on the list itself.
        const field = v.path.replace(/(\.\d+)+$/, '');
        const [refusal] = (await refusals(cls, v.sample)).filter((f) => f.field === field);
        for (const value of values) expect(refusal.message).toContain(String(value));
        const labels = s['x-enumLabels'] as Record<string, string> | undefined;
        for (const [value, label] of Object.entries(labels ?? {})) expect(refusal.message).toContain(`${value} (${label})`);
      }
    },
  );
});

describe('describing a version', () => {
  it('gives each event its label, roles, acting unit, guards with their Vietnamese refusal and the states that take it', () => {
    for (const def of defaultProcedures()) {
      const d = describeVersion(def);
      expect(d.states).toBe(def.stateLabels);
      // XState's JSON with the automatic transitions added (published-definition.spec.ts).
      expect(JSON.stringify(d.definition)).toBe(JSON.stringify(publishedDefinition(def)));
      for (const e of d.events) {
        expect(e.label).toBe(def.events[e.type].label);
        expect(e.payload.title).toBe(e.label);
        expect(e.roles.map((r) => r.role)).toEqual([...def.events[e.type].roles]);
        expect(e.roles.every((r) => r.label.length > 0)).toBe(true);
        for (const g of e.guards) expect(g.message).toBe(def.guardMessages[g.guard]);
      }
    }
  });

  it('lists a step where the machine takes it, and the guards that may refuse it', () => {
    const ky = describeVersion(defaultProcedures().find((d) => d.id === 'to-cao')!);
    const withGuards = ky.events.filter((e) => e.guards.length > 0);
    expect(withGuards.length).toBeGreaterThan(0);
    expect(ky.events.every((e) => e.from.length > 0)).toBe(true);
  });

  it('describes a new version from its definition alone: a new step, its payload bounds and enumeration', () => {
    class RateDto {
      @IsIn(['LOW', 'HIGH']) level!: string;
      @IsInt() @Min(1) @Max(5) score!: number;
      @IsString() @MaxLength(20) note!: string;
    }
    const base = defaultProcedures().find((d) => d.id === 'to-cao')!;
    const next = { ...base, version: 99, events: { ...base.events, RATE: { label: 'Đánh giá', roles: base.createRoles, payload: RateDto } } };
    const rate = describeVersion(next).events.find((e) => e.type === 'RATE')!;
    expect(rate.payload).toMatchObject({
      title: 'Đánh giá',
      type: 'object',
      additionalProperties: false,
      required: ['level', 'score', 'note'],
      properties: { level: { enum: ['LOW', 'HIGH'] }, score: { type: 'integer', minimum: 1, maximum: 5 }, note: { type: 'string', maxLength: 20 } },
    });
    expect(rate.from).toEqual([]); // the machine has no transition for it yet
  });
});

describe('GET /procedures/:id/versions/:version', () => {
  const controller = new ProceduresController(new ProcedureRegistryService());

  it('answers a registered version, and the list points at it without changing its other fields', () => {
    expect(controller.version('to-cao', '1')).toMatchObject({ id: 'to-cao', version: 1, input: { type: 'object' } });
    const listed = controller.list().find((d) => d.id === 'to-cao')!;
    expect(Object.keys(listed)).toEqual(['id', 'version', 'title', 'legalBasis', 'createRoles', 'takesReporter', 'events', 'states', 'definition', 'schemaUrl']);
    expect(listed.schemaUrl).toBe('/procedures/to-cao/versions/1');
  });

  it.each([['to-cao', '2'], ['khong-co', '1'], ['to-cao', 'abc'], ['to-cao', '0'], ['to-cao', '1.5']])('refuses %s version %s as an unknown procedure', (id, version) => {
    expect(() => controller.version(id, version)).toThrow(expect.objectContaining({ code: ErrorCode.PROCEDURE_NOT_FOUND }));
  });
});
