import { IsIn, IsString, ValidateNested, IsDefined } from 'class-validator';
import { Type } from 'class-transformer';
import type { ProcedureDefinition } from '@hoso/workflows';
import { DomainError } from '@hoso/core/errors';
import { validatePayload } from './payload-validator';
import { ProcedureRegistryService } from './procedure-registry.service';
import type { JsonSchema } from './step-schemas';
import { describeVersion } from './step-schemas.service';
import { classesWithin, rulesByProperty } from './value-labels';

// What a person sees on every form the web application builds from the published step schemas: each field, at every
// level, has a Vietnamese title (not its English key), and each enumerated value a Vietnamese label. A new field or a
// new enumeration without them fails here.

type Schema = JsonSchema;

// A letter only Vietnamese uses: an English key or a humanised one ("Received at") has none.
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The words of a key or a code, lower case: `receivedAt`, `RECEIVED_AT` → "received at". */
const words = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\s-]+/g, ' ').trim().toLowerCase();

/** Not the key or code itself, nor its words: something written for a person. */
const written = (text: unknown, key: string): text is string =>
  typeof text === 'string' && text.trim().length > 0 && text !== key && words(text) !== words(key);

// A title is a phrase, and every one of ours has a Vietnamese letter; a label may be one short word ("Cha", "Mẹ").
const vietnameseTitle = (text: unknown, key: string): boolean => written(text, key) && VIETNAMESE.test(text);
const label = (text: unknown, code: string): boolean => written(text, code) && !/^[A-Z0-9_]+$/.test(text);

/** Every field without a Vietnamese title and every enumerated value without a Vietnamese label, by dotted path. */
export function textProblems(schema: Schema, at = ''): string[] {
  const problems: string[] = [];
  for (const [key, prop] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    const path = at ? `${at}.${key}` : key;
    if (!vietnameseTitle(prop.title, key)) problems.push(`${path}: no Vietnamese title (${JSON.stringify(prop.title)})`);
    problems.push(...fieldProblems(prop, path));
  }
  return problems;
}

/** The field's own values and, through its nested objects, list items and alternatives, its sub-fields'. */
function fieldProblems(s: Schema, path: string): string[] {
  const problems: string[] = [];
  if (Array.isArray(s.enum)) {
    const labels = (s['x-enumLabels'] ?? {}) as Record<string, unknown>;
    // null among an optional field's values stands for "absent": not a choice to label.
    const unlabelled = (s.enum as unknown[]).filter((v) => v !== null && !label(labels[String(v)], String(v)));
    if (unlabelled.length > 0) problems.push(`${path}: no Vietnamese label for ${unlabelled.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  problems.push(...textProblems(s, path));
  if (s.items && typeof s.items === 'object') problems.push(...fieldProblems(s.items as Schema, `${path}[]`));
  for (const k of ['anyOf', 'oneOf'] as const) for (const alt of (s[k] as Schema[] | undefined) ?? []) problems.push(...fieldProblems(alt, path));
  return problems;
}

/** The DTO classes of a procedure version: its input, its payloads and every class they nest. */
function classesOf(def: ProcedureDefinition): Function[] {
  const roots = [def.input, ...Object.values(def.events).flatMap((e) => (e.payload ? [e.payload] : []))];
  return [...new Set(roots.flatMap((r) => [...classesWithin(r)]))];
}

function ancestry(cls: Function): Function[] {
  const out: Function[] = [];
  for (let c: unknown = cls; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) out.push(c as Function);
  return out;
}

const versions = new ProcedureRegistryService().list();
const forms = versions.flatMap((def) => {
  const d = describeVersion(def);
  return [
    { name: `${def.id}@${def.version} tạo hồ sơ (input)`, schema: d.input },
    ...d.events.map((e) => ({ name: `${def.id}@${def.version} ${e.type}`, schema: e.payload })),
  ];
});

describe('every published form speaks Vietnamese', () => {
  it('covers every registered procedure version: its case input (POST /cases) and every step', () => {
    expect(versions.length).toBeGreaterThanOrEqual(7);
    expect(forms).toHaveLength(versions.reduce((n, d) => n + 1 + Object.keys(d.events).length, 0));
    expect(forms.filter((f) => Object.keys((f.schema.properties as object) ?? {}).length > 0).length).toBeGreaterThan(50);
  });

  it.each(forms)('$name: every field at every level has a Vietnamese title, every enumerated value a label', ({ schema }) => {
    expect(textProblems(schema)).toEqual([]);
  });

  it.each(versions.map((d) => [`${d.id}@${d.version}`, d] as const))('%s: every field text it declares names one of its fields', (_, def) => {
    const classes = classesOf(def);
    const stale = Object.keys(def.fieldTexts ?? {}).filter((key) => {
      const [owner, property] = key.includes('.') ? key.split('.') : [undefined, key];
      return !classes.some((cls) => rulesByProperty(cls).has(property) && (owner === undefined || ancestry(cls).some((c) => c.name === owner)));
    });
    expect(stale).toEqual([]);
    // A `Class.property` key must name one class: two different classes of the same name in one procedure would share it.
    const names = classes.flatMap(ancestry).map((c) => c.name);
    const byName = new Map<string, Set<Function>>();
    for (const c of classes.flatMap(ancestry)) byName.set(c.name, (byName.get(c.name) ?? new Set()).add(c));
    const ambiguous = Object.keys(def.fieldTexts ?? {}).filter((k) => k.includes('.') && (byName.get(k.split('.')[0])?.size ?? 0) > 1);
    expect({ ambiguous, classes: names.length > 0 }).toEqual({ ambiguous: [], classes: true });
  });
});

describe('field titles', () => {
  const ofVersion = (id: string, version: number) => describeVersion(versions.find((d) => d.id === id && d.version === version)!);
  const step = (id: string, version: number, type: string) => ofVersion(id, version).events.find((e) => e.type === type)!.payload;
  const prop = (s: Schema, path: string): Schema =>
    path.split('.').reduce((at, k) => (k === '[]' ? (at.items as Schema) : (at.properties as Record<string, Schema>)[k]), s);

  it('titles nested objects and their fields, and list items, as a form shows them', () => {
    const conclude = step('quy-dinh-1374', 1, 'CONCLUDE');
    expect(conclude.title).toBe('Kết luận'); // the step's own name stays the schema's title
    expect(prop(conclude, 'measures').title).toBe('Biện pháp xử lý');
    expect(prop(conclude, 'measures.party').title).toBe('Về Đảng');
    expect(prop(conclude, 'summary').title).toMatch(/^Tóm tắt kết luận/);
    const vote = step('ky-luat', 1, 'RECORD_VOTE');
    expect(prop(vote, 'roster.members.[].status')).toMatchObject({
      title: 'Đảng viên chính thức hay dự bị',
      'x-enumLabels': { FULL: 'Đảng viên chính thức', PROBATIONARY: 'Đảng viên dự bị (không biểu quyết)' },
    });
  });

  it('the shared dictionary names common fields; a procedure overrides a name for itself or for one DTO', () => {
    expect(prop(step('to-cao', 1, 'NOT_ACCEPT'), 'reason').title).toBe('Lý do không giải quyết');
    expect(prop(step('quy-dinh-1374', 1, 'CLOSE_NO_BASIS'), 'reason').title).toBe('Lý do');
    expect(prop(ofVersion('quy-dinh-1374', 1).input, 'receivedAt').title).toBe('Ngày nhận');
    expect(prop(step('quy-dinh-1374', 1, 'RECORD_EXPLANATION'), 'receivedAt').title).toBe('Ngày nhận báo cáo giải trình');
  });

  it("adds a field's meaning to the notes a conditional field already carries", () => {
    const publishedAt = prop(ofVersion('quy-dinh-1374', 1).input, 'publishedAt');
    expect(publishedAt['x-conditional']).toBe(true);
    expect(publishedAt.description).toMatch(/^Bắt buộc với thông tin do báo chí phản ánh.*Bắt buộc hoặc được kiểm tra tùy theo giá trị của các trường khác\.$/);
  });

  it('labels the value of a field that only takes `true`, and names the label when the value is refused', async () => {
    const exempt = step('ket-nap-dang-vien', 1, 'EXEMPT_VERIFICATION');
    expect(prop(exempt, 'fullyDeclared')).toMatchObject({ enum: [true], 'x-enumLabels': { true: 'Xác nhận' } });
    const dto = versions.find((d) => d.id === 'ket-nap-dang-vien')!.events.EXEMPT_VERIFICATION.payload;
    const refused = await validatePayload(dto, { personKey: 'cha', relativeIsPartyMember: true, fullyDeclared: false, note: 'Đã khai đủ' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).details?.fields).toEqual([{ field: 'fullyDeclared', constraint: 'equals', message: 'phải có giá trị true (Xác nhận)' }]);
  });
});

describe('the completeness check fails where a person would see English or a code', () => {
  class NestedDto {
    @IsIn(['ALPHA', 'BETA']) grade!: string;
  }
  class NewStepDto {
    @IsString() summary!: string;
    @IsString() brandNewField!: string;
    @IsDefined() @ValidateNested() @Type(() => NestedDto) nested!: NestedDto;
  }
  const base = versions.find((d) => d.id === 'to-cao')!;

  it('names a new field without a title, at any level, and an enumeration without labels', () => {
    const next = { ...base, version: 99, events: { ...base.events, NEW_STEP: { label: 'Bước mới', roles: base.createRoles, payload: NewStepDto } } };
    const schema = describeVersion(next).events.find((e) => e.type === 'NEW_STEP')!.payload;
    expect(textProblems(schema)).toEqual([
      'brandNewField: no Vietnamese title (undefined)',
      'nested: no Vietnamese title (undefined)',
      'nested.grade: no Vietnamese title (undefined)',
      'nested.grade: no Vietnamese label for "ALPHA", "BETA"',
    ]);
  });

  it('refuses an English title, a key spelled out as words, and a code given as its own label', () => {
    const next = {
      ...base,
      version: 99,
      fieldTexts: { ...base.fieldTexts, brandNewField: 'Brand new field', nested: 'nested', 'NestedDto.grade': 'Hạng' },
      valueLabels: [{ ALPHA: 'ALPHA', BETA: 'Hạng nhì' }, ...(base.valueLabels ?? [])],
      events: { ...base.events, NEW_STEP: { label: 'Bước mới', roles: base.createRoles, payload: NewStepDto } },
    };
    const schema = describeVersion(next).events.find((e) => e.type === 'NEW_STEP')!.payload;
    expect(textProblems(schema)).toEqual([
      'brandNewField: no Vietnamese title ("Brand new field")',
      'nested: no Vietnamese title ("nested")',
      'nested.grade: no Vietnamese label for "ALPHA"',
    ]);
  });

  it('is satisfied once the procedure declares the titles and the labels', () => {
    const next = {
      ...base,
      version: 99,
      fieldTexts: { ...base.fieldTexts, brandNewField: 'Trường mới', nested: 'Nhóm lồng', 'NestedDto.grade': 'Hạng' },
      valueLabels: [...(base.valueLabels ?? []), { ALPHA: 'Hạng nhất', BETA: 'Hạng nhì' }],
      events: { ...base.events, NEW_STEP: { label: 'Bước mới', roles: base.createRoles, payload: NewStepDto } },
    };
    const schema = describeVersion(next).events.find((e) => e.type === 'NEW_STEP')!.payload;
    expect(textProblems(schema)).toEqual([]);
    expect(prop2(schema)).toEqual({ summary: 'Tóm tắt nội dung', brandNewField: 'Trường mới', nested: 'Nhóm lồng', grade: 'Hạng' });
  });

  const prop2 = (s: Schema) => {
    const p = s.properties as Record<string, Schema>;
    return {
      summary: p.summary.title,
      brandNewField: p.brandNewField.title,
      nested: p.nested.title,
      grade: (p.nested.properties as Record<string, Schema>).grade.title,
    };
  };
});
