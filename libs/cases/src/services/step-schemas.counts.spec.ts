import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { IsObject } from 'class-validator';
import { defaultProcedures, DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS_HEAVIEST_FIRST, type PayloadClass } from '@hoso/workflows';
import { PublishedAsCounts } from '@hoso/workflows/shared/counts-schema';
import { announced, refusals } from '../../../../test/support/schema-agreement';
import { EXTENSION_KEYWORDS, type JsonSchema } from './step-schemas';
import { describeVersion } from './step-schemas.service';

// A ballot's votes per discipline form are a map the DTO validates as an object (and counts in a rule across fields):
// published as one count per form, so that a secretary's form has an input for each. What the server accepts stays
// the same; the published schema and the server must still judge every tally alike, bar the rule the schema announces.

const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv);
ajv.addVocabulary([...EXTENSION_KEYWORDS]);

type Schema = JsonSchema;
const props = (s: Schema) => (s.properties ?? {}) as Record<string, Schema>;

const versions = defaultProcedures();
const kyLuat = versions.find((d) => d.id === 'ky-luat' && d.version === 1)!;
const described = describeVersion(kyLuat);
const stepOf = (type: string) => ({ cls: kyLuat.events[type].payload, schema: described.events.find((e) => e.type === type)!.payload });

// A member holding a post, voted on by a cell of 9: 5 for khai trừ, none for cách chức, 2 for cảnh cáo, 1 for khiển
// trách, 1 for no discipline; every ballot counted.
const tally = () => ({ forms: ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'], votes: { KHAI_TRU: 5, CACH_CHUC: 0, CANH_CAO: 2, KHIEN_TRACH: 1 }, noDiscipline: 1, invalid: 0, cast: 9 });
const roster = { members: Array.from({ length: 9 }, (_, i) => ({ id: `m${i}`, status: 'FULL' })), conflicted: [] };
const payloads: Record<string, () => Record<string, unknown>> = {
  RECORD_VOTE: () => ({ decidingBody: { kind: 'CELL', level: 'CELL' }, subjectKind: 'FULL_MEMBER', tally: tally(), roster, minutesRef: '03-BB/CB' }),
  UPPER_DECIDE: () => ({ decidingBody: { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }, subjectKind: 'FULL_MEMBER', tally: tally(), roster, decisionRef: '12-QĐ/ĐU' }),
};
const withVotes = (type: string, votes: Record<string, unknown>) => ({ ...payloads[type](), tally: { ...tally(), votes } });

describe.each(['RECORD_VOTE', 'UPPER_DECIDE'])('ky-luat %s: the tally\'s votes per discipline form', (type) => {
  const { cls, schema } = stepOf(type);
  const tallySchema = props(schema).tally;
  const votes = props(tallySchema).votes;
  const validate = ajv.compile(schema);
  const judged = async (payload: unknown) => ({ schema: validate(payload) === true, server: (await refusals(cls, payload)).length === 0 });

  it('publishes one optional whole-number count per form, heaviest first, titled in Vietnamese, and no other key', () => {
    expect(votes).toMatchObject({ type: 'object', additionalProperties: false, title: 'Số phiếu cho từng hình thức' });
    expect(votes.required).toBeUndefined();
    expect(Object.keys(props(votes))).toEqual(['GIAI_TAN', 'KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']);
    expect(Object.values(props(votes)).map((p) => p.title)).toEqual(['Giải tán', 'Khai trừ', 'Cách chức', 'Cảnh cáo', 'Khiển trách']);
    for (const form of DISCIPLINE_FORMS_HEAVIEST_FIRST) expect(props(votes)[form]).toEqual({ type: 'integer', minimum: 0, title: DISCIPLINE_FORM_LABELS[form] });
    // The rule across fields (votes only for the forms on the ballot, counts adding up to the ballots cast) is still said.
    expect(tallySchema['x-rules']).toEqual(['tallyMatchesRoster']);
    expect(tallySchema.description).toContain('tallyMatchesRoster');
  });

  it('a real tally is accepted by the schema and by the server', async () => {
    expect(await judged(payloads[type]())).toEqual({ schema: true, server: true });
  });

  it.each([
    ['a negative count', { KHAI_TRU: 6, CACH_CHUC: -1, CANH_CAO: 2, KHIEN_TRACH: 1 }],
    ['a count that is not a whole number', { KHAI_TRU: 4.5, CACH_CHUC: 0.5, CANH_CAO: 2, KHIEN_TRACH: 1 }],
    ['a count given as text', { KHAI_TRU: '5', CACH_CHUC: 0, CANH_CAO: 2, KHIEN_TRACH: 1 }],
    ['a key that is no discipline form', { KHAI_TRU: 5, CACH_CHUC: 0, CANH_CAO: 2, KHIEN_TRACH: 1, PHE_BINH: 0 }],
  ])('%s is refused by the schema and by the server', async (_, v) => {
    expect(await judged(withVotes(type, v))).toEqual({ schema: false, server: false });
  });

  it('refuses a negative count at the count itself', () => {
    expect(validate(withVotes(type, { KHAI_TRU: 6, CACH_CHUC: -1, CANH_CAO: 2, KHIEN_TRACH: 1 }))).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ instancePath: '/tally/votes/CACH_CHUC', keyword: 'minimum' })]);
  });

  it('leaves to the announced rule what depends on the other fields: a form not on the ballot, a missing count', async () => {
    for (const v of [{ KHAI_TRU: 5, CACH_CHUC: 0, CANH_CAO: 2, KHIEN_TRACH: 1, GIAI_TAN: 0 }, { KHAI_TRU: 5, CANH_CAO: 3, KHIEN_TRACH: 0 }]) {
      const payload = withVotes(type, v);
      expect(validate(payload)).toBe(true);
      const refused = await refusals(cls, payload);
      expect(refused).toEqual([expect.objectContaining({ field: 'tally', constraint: 'tallyMatchesRoster' })]);
      expect(refused.every((f) => announced(schema, f))).toBe(true);
    }
  });
});

describe('published step schemas', () => {
  /** Every object field that lists no properties (a form would show no inputs for it), by step and dotted path. */
  function bareObjects(s: Schema, path: string): string[] {
    const type = s.type;
    const isObject = type === 'object' || (Array.isArray(type) && type.includes('object'));
    const own = isObject && !s.properties && !s.additionalProperties && !s.patternProperties ? [path || '(payload)'] : [];
    return [
      ...own,
      ...Object.entries(props(s)).flatMap(([k, p]) => bareObjects(p, path ? `${path}.${k}` : k)),
      ...(s.items && typeof s.items === 'object' ? bareObjects(s.items as Schema, `${path}[]`) : []),
      ...(['anyOf', 'oneOf'] as const).flatMap((k) => ((s[k] as Schema[] | undefined) ?? []).flatMap((b) => bareObjects(b, path))),
    ];
  }

  it('publish no object field, at any level, without the fields a form needs to show', () => {
    const found = versions.flatMap((def) => {
      const d = describeVersion(def);
      return [
        ...bareObjects(d.input, '').map((p) => `${def.id}@${def.version} input ${p}`),
        ...d.events.flatMap((e) => bareObjects(e.payload, '').map((p) => `${def.id}@${def.version} ${e.type} ${p}`)),
      ];
    });
    expect(found).toEqual([]);
  });

  it('the check finds a map left as a bare object', () => {
    expect(bareObjects({ type: 'object', properties: { tally: { type: 'object', properties: { votes: { type: 'object' } } } } }, '')).toEqual(['tally.votes']);
  });
});

describe('PublishedAsCounts', () => {
  class Counted {
    @IsObject() @PublishedAsCounts(['HIGH', 'LOW'] as const, { HIGH: 'Cao', LOW: 'Thấp' }) counts!: Record<string, number>;
  }
  class Plain {
    @IsObject() counts!: Record<string, number>;
  }
  const base = versions.find((d) => d.id === 'to-cao')!;
  const schemaOf = (payload: PayloadClass) =>
    describeVersion({ ...base, version: 99, events: { ...base.events, COUNT: { label: 'Đếm', roles: base.createRoles, payload } } }).events.find((e) => e.type === 'COUNT')!.payload;

  it('publishes the values in the order given, as counts titled with their labels', () => {
    expect(props(schemaOf(Counted)).counts).toEqual({
      type: 'object',
      properties: { HIGH: { type: 'integer', minimum: 0, title: 'Cao' }, LOW: { type: 'integer', minimum: 0, title: 'Thấp' } },
      additionalProperties: false,
    });
    expect(props(schemaOf(Plain)).counts).toEqual({ type: 'object' });
  });

  it('changes nothing the server accepts', async () => {
    for (const value of [{ HIGH: -1, OTHER: 'x' }, {}, 'không phải đối tượng', [1]]) {
      expect(await refusals(Counted, { counts: value })).toEqual(await refusals(Plain, { counts: value }));
    }
    expect(await refusals(Counted, { counts: { HIGH: -1, OTHER: 'x' } })).toEqual([]);
  });
});
