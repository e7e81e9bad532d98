import { MigrationInterface, QueryRunner } from 'typeorm';

// Rules as dated data for the organisation procedure (to-chuc-dang; ../shared/domain/changes-2026.md §2, §5.1): which
// bodies may found, reorganise or dissolve organisations of each level (Charter Art. 10 §3: the upper-direct committee),
// before and after the district level ended (1/7/2025); the steps' deadlines, not found in law: NULL rows a committee
// fills in (a secretary may set a due by hand meanwhile); the effective date, fixed by each decision (the row names the
// basis, the due comes from the decision). Also the procedure's two retention settings, empty like every procedure's.

const LEVEL_ROWS = (upperGrassroots: string) => ({
  rows: [
    {
      unitLevel: 'CELL', label: 'Chi bộ trực thuộc: đảng ủy cơ sở hoặc ban thường vụ đảng ủy cơ sở quyết định',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }],
    },
    {
      unitLevel: 'SECTION', label: 'Đảng bộ bộ phận: đảng ủy cơ sở (hoặc ban thường vụ) quyết định sau khi có ý kiến của cấp ủy cấp trên',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }],
    },
    {
      unitLevel: 'GRASSROOTS', label: `Tổ chức cơ sở đảng: ${upperGrassroots} (cấp ủy hoặc ban thường vụ) quyết định`,
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'UPPER_GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' }],
    },
    {
      unitLevel: 'UPPER_GRASSROOTS', label: 'Đảng bộ cấp trên cơ sở: tỉnh ủy, thành ủy (cấp ủy hoặc ban thường vụ) quyết định',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'PROVINCIAL' }, { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' }],
    },
    {
      unitLevel: 'PROVINCIAL', label: 'Đảng bộ tỉnh, thành phố và trực thuộc Trung ương: Trung ương (Bộ Chính trị, Ban Bí thư) quyết định',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'CENTRAL' }],
    },
  ],
});

interface Row {
  id: string;
  key: string;
  value: number | null;
  data: unknown;
  unit: string;
  startConvention: 'NEXT_DAY' | 'SAME_DAY' | 'NONE';
  startEvent: string;
  from: string;
  to: string | null;
  basis: string;
  source: string;
  confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED' | 'NOT_FOUND' | 'CONFLICT';
  instrument: string | null;
  description: string;
}

const id = (n: number) => `d5b2f24e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ART_10 = 'Điều lệ Đảng (2011), Điều 10 khoản 3: cấp ủy cấp trên trực tiếp quyết định thành lập, giải thể tổ chức đảng cấp dưới';
const STEP = { value: null, data: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY' as const, from: '2011-01-19', to: null, source: '§5.1', confidence: 'NOT_FOUND' as const, instrument: 'Điều lệ Đảng' };

const ROWS: Row[] = [
  {
    id: id(1), key: 'ORG.DECIDING_BODY', value: null, data: LEVEL_ROWS('huyện ủy, quận ủy, thị ủy, thành ủy thuộc tỉnh và tương đương (cấp trên cơ sở)'),
    unit: 'TABLE', startConvention: 'NONE', startEvent: '', from: '2011-01-19', to: '2025-07-01', basis: ART_10, source: '[51][52]', confidence: 'INFERRED',
    instrument: 'Điều lệ Đảng',
    description: 'Tổ chức có thẩm quyền thành lập, chia tách, hợp nhất, sáp nhập, giải thể tổ chức đảng theo cấp (cấp trên trực tiếp; ánh xạ các cấp suy luận, changes-2026 §2)',
  },
  {
    id: id(2), key: 'ORG.DECIDING_BODY', value: null,
    data: LEVEL_ROWS('đảng ủy xã, phường, đặc khu hoặc đảng ủy trực thuộc tỉnh ủy, thành ủy'),
    unit: 'TABLE', startConvention: 'NONE', startEvent: '', from: '2025-07-01', to: null,
    basis: `${ART_10}; Quy định 294-QĐ/TW (hiệu lực 01/7/2025): đảng ủy cấp xã là cấp trên trực tiếp của tổ chức cơ sở đảng; Hướng dẫn 31-HD/BTCTW (tỉnh thành lập tổ chức đảng cấp xã)`,
    source: '[39][50][51]', confidence: 'INFERRED', instrument: '294-QĐ/TW',
    description: 'Tổ chức có thẩm quyền thành lập, chia tách, hợp nhất, sáp nhập, giải thể tổ chức đảng theo cấp, sau khi kết thúc cấp huyện (ánh xạ các cấp suy luận, changes-2026 §2)',
  },
  {
    ...STEP, id: id(3), key: 'ORG.APPRAISAL', startEvent: 'Ngày trình hồ sơ (tờ trình, đề án)', basis: `${ART_10}; thời hạn chưa tìm thấy`,
    description: 'Ban tổ chức thẩm định đề án sắp xếp tổ chức đảng: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...STEP, id: id(4), key: 'ORG.DECISION', startEvent: 'Ngày thẩm định đề án', basis: `${ART_10}; thời hạn chưa tìm thấy`,
    description: 'Cấp ủy (ban thường vụ) quyết định sau thẩm định: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...STEP, id: id(5), key: 'ORG.EFFECTIVE', unit: 'CALENDAR_DAYS', startConvention: 'NONE', startEvent: 'Ngày ký quyết định (hiệu lực do quyết định ấn định)',
    basis: `${ART_10}; ngày có hiệu lực do từng quyết định ấn định`, confidence: 'STATED',
    description: 'Ngày quyết định sắp xếp tổ chức có hiệu lực: do quyết định ấn định (không tính theo số ngày); từ 0 giờ ngày đó tổ chức, hồ sơ, đảng viên được chuyển',
  },
  {
    ...STEP, id: id(6), key: 'ORG.HANDOVER', startEvent: 'Ngày quyết định có hiệu lực', basis: `${ART_10}; Hướng dẫn 31-HD/BTCTW; thời hạn chưa tìm thấy`,
    description: 'Bàn giao hồ sơ, tài liệu, con dấu, tài chính của tổ chức kết thúc hoạt động: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
];

// One setting of each retention kind per procedure (as seeded for the others): empty, kept until a committee sets months.
const RETENTION: [string, string, string][] = [
  [id(7), 'RETENTION.TO_CHUC_DANG', 'Chưa tìm thấy quy định về thời hạn lưu danh tính người cung cấp thông tin'],
  [id(8), 'DOSSIER_RETENTION.TO_CHUC_DANG', 'Chưa tìm thấy quy định về thời hạn lưu nội dung tài liệu hồ sơ'],
];

export class OrganisationProcedureRules1795302600000 implements MigrationInterface {
  name = 'OrganisationProcedureRules1795302600000';

  public async up(q: QueryRunner): Promise<void> {
    for (const r of ROWS) {
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, NULL, 0, $8, $9, $10, $11, $12, $13, (SELECT id FROM legal_instrument WHERE code = $14))`,
        [r.id, r.key, r.value, r.data === null ? null : JSON.stringify(r.data), r.unit, r.startConvention, r.startEvent,
          r.from, r.to, r.basis, r.source, r.confidence, r.description, r.instrument],
      );
    }
    for (const [rowId, key, basis] of RETENTION) {
      const what = key.startsWith('DOSSIER_') ? 'thời hạn giữ nội dung tài liệu trong hồ sơ vụ việc' : 'thời hạn giữ danh tính người cung cấp thông tin';
      await q.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, NULL, 'MONTHS', 'NEXT_DAY', 'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01', $3, 'SETTING', 'NOT_FOUND', $4)`,
        [rowId, key, basis, `Sắp xếp tổ chức đảng: ${what} sau khi kết thúc vụ việc; cấp ủy tự đặt, để trống là giữ lại`],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [[...ROWS.map((r) => r.id), ...RETENTION.map(([rowId]) => rowId)]]);
  }
}
