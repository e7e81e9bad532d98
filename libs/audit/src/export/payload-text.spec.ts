import { defaultProcedures } from '@hoso/workflows';
import { describeVersion } from '@hoso/cases/services/step-schemas.service';
import { labelMapsOf } from '@hoso/cases/services/value-labels';
import { ORG_TRANSFERRED } from '@hoso/timeline/timeline-labels';
import { entityIds, NONE, payloadLines, payloadText, SHARED_VALUE_LABELS, type EntityKind, type JsonSchema } from './payload-text';
import { withEngineFields } from './facts-schema';
import { SYSTEM_EVENT_SCHEMAS } from './system-event-schemas';

const def = defaultProcedures().find((d) => d.id === 'quy-dinh-1374')!;
const described = describeVersion(def);
const step = (type: string) => described.events.find((e) => e.type === type)!.payload;
const UNIT_A = '6f0c3c1e-1111-4aaa-8aaa-000000000001';
const UNIT_B = '6f0c3c1e-2222-4aaa-8aaa-000000000002';
const ctx = { names: new Map([[UNIT_A, 'Đảng ủy phường Bến Thành'], [UNIT_B, 'Đảng ủy phường Sài Gòn']]), labelMaps: [...labelMapsOf(def), ...SHARED_VALUE_LABELS] };
const text = (payload: unknown, schema: JsonSchema | undefined) => payloadText(payloadLines(payload, schema, ctx));

describe('payload as a reader sees it', () => {
  it('names each field and each enumerated value in Vietnamese, nested fields indented (no JSON, no codes)', () => {
    const out = text(
      { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' }, note: null },
      step('CLASSIFY'),
    );
    expect(out).toBe(
      [
        'Loại thông tin: Phản ánh',
        'Đối tượng bị phản ánh:',
        '  Cá nhân hay tập thể: Cá nhân',
        '  Tên cá nhân, tập thể: Nguyễn Văn X',
        '  Là đảng viên hoặc tổ chức đảng: Có',
        '  Diện quản lý: Cấp ủy tiếp nhận thông tin quản lý',
        `Ghi chú: ${NONE}`,
      ].join('\n'),
    );
    expect(out).not.toMatch(/PHAN_ANH|infoType|[{}"]/);
  });

  it('labels every field of every built-in step of every procedure without falling back to its code', () => {
    for (const d of defaultProcedures()) {
      const v = describeVersion(d);
      for (const schema of [v.input, ...v.events.map((e) => e.payload)]) {
        const props = (schema.properties ?? {}) as Record<string, unknown>;
        const sample = Object.fromEntries(Object.keys(props).map((k) => [k, 'x']));
        for (const line of payloadLines(sample, schema, ctx)) expect(Object.keys(props)).not.toContain(line.label);
      }
    }
  });

  it.each([
    ['a civil date', '2026-03-15', '15/03/2026'],
    ['an instant, in Vietnam time', '2026-03-15T17:30:00Z', '16/03/2026 00:30:00'],
    ['true', true, 'Có'],
    ['false', false, 'Không'],
    ['a number', 12345, (12345).toLocaleString('vi-VN')],
    ['an empty text', '', NONE],
    ['a known unit id', UNIT_A, 'Đảng ủy phường Bến Thành'],
    ['an unknown id (kept, never dropped)', '6f0c3c1e-9999-4aaa-8aaa-000000000009', '6f0c3c1e-9999-4aaa-8aaa-000000000009'],
    ['a code the procedure labels elsewhere', 'KHIEN_TRACH', 'Khiển trách'],
    ['free text that looks like nothing', 'Đã xác minh tại chỗ', 'Đã xác minh tại chỗ'],
  ])('writes %s as a reader reads it', (_label, value, expected) => {
    expect(payloadLines({ note: value }, undefined, ctx)).toEqual([{ depth: 0, label: 'Ghi chú', value: expected }]);
  });

  it('lists simple values on one line, numbers the items of a list of records, and labels shared codes', () => {
    expect(text({ evidenceRefs: ['01-BB', '02-BC'], members: [{ id: 'm1', status: 'FULL' }, { id: 'm2', status: 'PROBATIONARY' }], audiences: [] }, undefined)).toBe(
      [
        'Tài liệu, chứng cứ kèm theo (số, ký hiệu): 01-BB, 02-BC',
        'Danh sách đảng viên của tổ chức biểu quyết:',
        '  Mục 1:',
        '    Mã đảng viên: m1',
        '    Đảng viên chính thức hay dự bị: Đảng viên chính thức',
        '  Mục 2:',
        '    Mã đảng viên: m2',
        '    Đảng viên chính thức hay dự bị: Đảng viên dự bị (không biểu quyết)',
        `Gửi thông báo đến: ${NONE}`,
      ].join('\n'),
    );
  });

  it('reads the organisation change the system records, with unit names and the kind of change', () => {
    const out = text(
      {
        changeId: 'c0c0c0c0-0000-4000-8000-000000000001',
        kind: 'MERGE',
        decision: { number: '15-QĐ/TU', date: '2026-06-20', body: 'Thành ủy' },
        effectiveDate: '2026-07-01',
        orgUnit: { from: UNIT_A, to: UNIT_B },
      },
      SYSTEM_EVENT_SCHEMAS[ORG_TRANSFERRED],
    );
    expect(out).toContain('Hình thức thay đổi tổ chức: Hợp nhất');
    expect(out).toContain('  Số, ký hiệu: 15-QĐ/TU');
    expect(out).toContain('Ngày có hiệu lực: 01/07/2026');
    expect(out).toContain('Tổ chức đảng thụ lý vụ việc:\n  Từ tổ chức: Đảng ủy phường Bến Thành\n  Sang tổ chức: Đảng ủy phường Sài Gòn');
  });

  it('reads what the engine recorded with the step (the rules applied, a separation-of-duties bypass) in Vietnamese', () => {
    const recorded = {
      proposal: 'Giao Đảng ủy phường xác minh',
      facts: {
        legalDate: { date: '2026-03-02', field: 'proposal' },
        ruleValues: {
          'A.OFFICE_PROPOSE': { ruleId: 'r1', value: 5, unit: 'WORKING_DAYS', legalBasis: 'Quy định 1374-QĐ/TU, Điều 4', confidence: 'STATED', effectiveFrom: '2017-12-01' },
        },
      },
      separationBypass: { rule: 'SEPARATION_OF_DUTIES', preparedEvent: 'PROPOSE_METHOD', reason: 'Chỉ có một cán bộ trực' },
    };
    const out = payloadText(payloadLines(recorded, withEngineFields(step('PROPOSE_METHOD')), { ...ctx, labelMaps: [...ctx.labelMaps, { PROPOSE_METHOD: 'Đề xuất phương án xử lý' }] }));
    expect(out).toContain(
      'Căn cứ hệ thống ghi nhận khi thực hiện bước:\n  Ngày căn cứ áp dụng quy định:\n    Ngày: 02/03/2026\n' +
        `    Lấy từ trường (không có: ngày nhập vào hệ thống): ${out.split('\n')[0].split(':')[0]}`,
    );
    expect(out).toContain('  Quy tắc áp dụng:\n    Quy tắc A.OFFICE_PROPOSE:\n      Mã dòng quy tắc: r1\n      Giá trị: 5\n      Đơn vị tính: Ngày làm việc');
    expect(out).toContain('      Độ tin cậy: Nêu rõ trong văn bản');
    expect(out).toContain('  Nguyên tắc: Tách bạch nhiệm vụ\n  Bước đã chuẩn bị: Đề xuất phương án xử lý\n  Lý do: Chỉ có một cán bộ trực');
    expect(out).not.toMatch(/WORKING_DAYS|STATED|SEPARATION_OF_DUTIES|ruleValues|legalDate|: proposal/);
  });

  it('collects the identifiers the schema says name a unit, a user or a person, and nothing else', () => {
    const ids: Record<EntityKind, Set<string>> = { orgUnit: new Set(), user: new Set(), person: new Set(), case: new Set() };
    const schema: JsonSchema = {
      properties: {
        unitId: { type: 'string', format: 'uuid', 'x-entity': 'orgUnit' },
        memberIds: { type: 'array', items: { type: 'string', format: 'uuid' }, 'x-entity': 'person' },
        note: { type: 'string' },
        move: SYSTEM_EVENT_SCHEMAS[ORG_TRANSFERRED].properties as JsonSchema,
      },
    };
    const P1 = 'aaaaaaaa-0000-4000-8000-000000000001';
    entityIds({ unitId: UNIT_A.toUpperCase(), memberIds: [P1], note: UNIT_B }, schema, ids);
    expect(ids).toEqual({ orgUnit: new Set([UNIT_A]), user: new Set(), person: new Set([P1]), case: new Set() });
  });
});
