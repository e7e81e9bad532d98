import { MigrationInterface, QueryRunner } from 'typeorm';

// Rules as dated data for the inspection and supervision plans (ke-hoach-kiem-tra-giam-sat and its items
// kiem-tra-giam-sat-chuyen-de; ../shared/domain/changes-2026.md §5.3; docs/domain/ke-hoach-kiem-tra-giam-sat.md):
// - the share of the cell meeting that adopts the plan: more than half (Charter Art. 9 §5, applied to the cell's
//   resolution: inferred); the quorum: not found (a NULL row, a warning while empty);
// - the notice of an item at the preceding monthly meeting (Bình Phước 1127-QĐ/TU [32], stated): one month before the
//   item's month, the plan counting the last day from the row's value;
// - dues an act fixes, the row naming the basis: the item's period (the plan), the year-end report (the plan's year),
//   the correction's report (the conclusion);
// - the other steps' deadlines, not found in law: NULL rows a committee fills in (a secretary may set a due by hand);
// - the two procedures' retention settings, empty like every procedure's.
// The Bình Phước procedure is added to the instruments (it is the only text found that words the cell's steps).

interface Row {
  id: string;
  key: string;
  value: number | null;
  data: unknown;
  unit: string;
  startConvention: 'NEXT_DAY' | 'SAME_DAY' | 'NONE';
  startEvent: string;
  from: string;
  basis: string;
  source: string;
  confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED' | 'NOT_FOUND' | 'CONFLICT';
  instrument: string | null;
  description: string;
}

const id = (n: number) => `e7a33300-0000-4000-8000-${String(n).padStart(12, '0')}`;

const INSTRUMENT = {
  id: id(100),
  code: '1127-QĐ/TU',
  title: 'Quy định quy trình kiểm tra, giám sát, thi hành kỷ luật đảng, giải quyết tố cáo của chi bộ',
  issuer: 'Ban Thường vụ Tỉnh ủy Bình Phước',
  issuedOn: '2023-07-14',
  notes: 'Văn bản của một tỉnh ủy: các bước của chi bộ được áp dụng tham khảo cho đến khi cấp ủy xác nhận quy trình của mình',
};

const CHAPTER_VII = 'Điều lệ Đảng (2011), Chương VII (công tác kiểm tra, giám sát); Quy định 296-QĐ/TW ngày 30/5/2025';
const B1127 = 'Quy định 1127-QĐ/TU ngày 14/7/2023 của Ban Thường vụ Tỉnh ủy Bình Phước (quy trình kiểm tra, giám sát của chi bộ)';
const SETTING = {
  value: null, data: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY' as const, from: '2011-01-19', source: '§5.3', confidence: 'NOT_FOUND' as const,
  instrument: 'Điều lệ Đảng',
};
// Rows on the Bình Phước procedure apply from its date.
const FROM_1127 = '2023-07-14';
const FIXED_BY_ACT = { value: null, data: null, unit: 'CALENDAR_DAYS', startConvention: 'NONE' as const, from: FROM_1127 };

const ROWS: Row[] = [
  {
    ...SETTING, id: id(1), key: 'KTGS.PLAN_ADOPTION', startEvent: 'Ngày dự thảo kế hoạch',
    basis: `${CHAPTER_VII}; ${B1127}, bước 1–2: kế hoạch xây dựng đầu năm, chi bộ họp thông qua; số ngày chưa tìm thấy`, source: '§5.3 [32]',
    description: 'Chi bộ thông qua kế hoạch kiểm tra, giám sát năm: "đầu năm" nhưng chưa tìm thấy thời hạn cụ thể; cấp ủy tự đặt',
  },
  {
    id: id(2), key: 'KTGS.PLAN_THRESHOLD', value: null, data: { numerator: 1, denominator: 2, strict: true }, unit: 'FRACTION', startConvention: 'NONE', startEvent: '',
    from: '2011-01-19', basis: 'Điều lệ Đảng (2011), Điều 9 khoản 5: nghị quyết có giá trị khi quá một nửa số thành viên tán thành (Quy định 24-QĐ/TW, mục 9.3); áp dụng cho nghị quyết của chi bộ thông qua kế hoạch: suy ra',
    source: '[59]', confidence: 'INFERRED', instrument: 'Điều lệ Đảng',
    description: 'Tỷ lệ biểu quyết chi bộ thông qua kế hoạch kiểm tra, giám sát: quá một nửa tổng số đảng viên được tính',
  },
  {
    id: id(3), key: 'VOTE.QUORUM_INSPECTION_PLAN', value: null, data: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', from: '2011-01-19',
    basis: 'Điều lệ Đảng; quy định thi hành Điều lệ: không tìm thấy số đảng viên phải có mặt khi chi bộ thông qua kế hoạch', source: '§5.3 §7',
    confidence: 'NOT_FOUND', instrument: 'Điều lệ Đảng',
    description: 'Số đảng viên phải có mặt khi chi bộ biểu quyết thông qua kế hoạch kiểm tra, giám sát: chưa tìm thấy; không kiểm tra, có cảnh báo',
  },
  {
    ...SETTING, id: id(4), key: 'KTGS.PLAN_REPORT_UP', startEvent: 'Ngày chi bộ thông qua kế hoạch',
    basis: `${CHAPTER_VII}; báo cáo kế hoạch lên cấp ủy cấp trên (suy ra); thời hạn chưa tìm thấy`,
    description: 'Báo cáo kế hoạch kiểm tra, giám sát đã thông qua lên cấp ủy cấp trên: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...FIXED_BY_ACT, id: id(5), key: 'KTGS.YEAR_REPORT', startEvent: 'Ngày chi bộ thông qua kế hoạch (hạn: hết ngày 31/12 của năm kế hoạch)',
    basis: `${B1127}, bước 7: báo cáo kết quả năm lên cấp trên; hạn cuối năm của kế hoạch (suy ra)`, source: '§5.3 [32]', confidence: 'INFERRED', instrument: '1127-QĐ/TU',
    description: 'Báo cáo kết quả thực hiện kế hoạch kiểm tra, giám sát năm lên cấp ủy cấp trên: hạn là hết năm của kế hoạch',
  },
  {
    id: id(6), key: 'KTGS.ITEM_NOTICE', value: 1, data: null, unit: 'MONTHS', startConvention: 'NONE',
    startEvent: 'Tháng tiến hành nội dung (thông báo tại kỳ sinh hoạt chi bộ của tháng trước đó)', from: FROM_1127,
    basis: `${B1127}, bước 3: thông báo cho đảng viên tại kỳ sinh hoạt chi bộ tháng trước và yêu cầu báo cáo tự kiểm tra`, source: '§5.3 [32]', confidence: 'STATED',
    instrument: '1127-QĐ/TU',
    description: 'Thông báo nội dung kiểm tra, giám sát cho đảng viên (tổ chức) trước tháng tiến hành số tháng này: hạn là hết tháng đó (không sớm hơn ngày chi bộ thông qua nội dung)',
  },
  {
    ...FIXED_BY_ACT, id: id(7), key: 'KTGS.ITEM_PERIOD', startEvent: 'Ngày mở nội dung (hạn: ngày kết thúc thời gian tiến hành trong kế hoạch)',
    basis: `${B1127}, bước 1 và 4: thời gian tiến hành do kế hoạch ấn định`, source: '§5.3 [32]', confidence: 'STATED', instrument: '1127-QĐ/TU',
    description: 'Tiến hành nội dung và trình báo cáo kết quả trong thời gian kế hoạch ấn định (hạn do kế hoạch ấn định)',
  },
  {
    ...SETTING, id: id(8), key: 'KTGS.SELF_REPORT', startEvent: 'Ngày thông báo cho đảng viên (tổ chức)',
    basis: `${B1127}, bước 3: báo cáo tự kiểm tra, tự giám sát; thời hạn chưa tìm thấy (hoặc do thông báo ấn định)`,
    description: 'Đảng viên (tổ chức) nộp báo cáo tự kiểm tra, tự giám sát: chưa tìm thấy thời hạn; thông báo ấn định hoặc cấp ủy tự đặt',
  },
  {
    ...SETTING, id: id(9), key: 'KTGS.CONCLUSION', startEvent: 'Ngày báo cáo kết quả kiểm tra, giám sát',
    basis: `${B1127}, bước 5: chi bộ họp kết luận; thời hạn chưa tìm thấy`,
    description: 'Chi bộ họp kết luận nội dung kiểm tra, giám sát: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...SETTING, id: id(10), key: 'KTGS.CONCLUSION_NOTICE', startEvent: 'Ngày họp chi bộ kết luận',
    basis: `${B1127}, bước 6: thông báo kết luận; thời hạn chưa tìm thấy`,
    description: 'Thông báo kết luận kiểm tra, giám sát: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...FIXED_BY_ACT, id: id(11), key: 'KTGS.CORRECTION_REPORT', startEvent: 'Ngày thông báo kết luận (hạn do kết luận ấn định)',
    basis: `${B1127}, bước 6: theo dõi khắc phục hạn chế, khuyết điểm (suy ra); hạn do kết luận của chi bộ ấn định`, source: '§5.3 [32]', confidence: 'INFERRED',
    instrument: '1127-QĐ/TU',
    description: 'Đảng viên (tổ chức) báo cáo kết quả khắc phục hạn chế, khuyết điểm: hạn do kết luận ấn định; không có số ngày chung',
  },
];

// One setting of each retention kind per procedure (as seeded for the others): empty, kept until a committee sets months.
const PROCEDURES: [string, string][] = [
  ['KE_HOACH_KIEM_TRA_GIAM_SAT', 'Kế hoạch kiểm tra, giám sát'],
  ['KIEM_TRA_GIAM_SAT_CHUYEN_DE', 'Kiểm tra, giám sát theo kế hoạch'],
];
const RETENTION: [string, string, string, string][] = PROCEDURES.flatMap(([key, label], i) => [
  [id(20 + 2 * i), `RETENTION.${key}`, 'Chưa tìm thấy quy định về thời hạn lưu danh tính người cung cấp thông tin', label],
  [id(21 + 2 * i), `DOSSIER_RETENTION.${key}`, 'Chưa tìm thấy quy định về thời hạn lưu nội dung tài liệu hồ sơ', label],
]);

export class InspectionPlanRules1795303300000 implements MigrationInterface {
  name = 'InspectionPlanRules1795303300000';

  public async up(q: QueryRunner): Promise<void> {
    const i = INSTRUMENT;
    await q.query(
      `INSERT INTO legal_instrument (id, code, title, issuer, issued_on, effective_from, replaces, confidence, source_ref, notes)
       VALUES ($1, $2, $3, $4, $5, $5, '{}', 'STATED', '[32]', $6) ON CONFLICT (code) DO NOTHING`,
      [i.id, i.code, i.title, i.issuer, i.issuedOn, i.notes],
    );
    for (const r of ROWS) {
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, NULL, 0, $8, NULL, $9, $10, $11, $12, (SELECT id FROM legal_instrument WHERE code = $13))`,
        [r.id, r.key, r.value, r.data === null ? null : JSON.stringify(r.data), r.unit, r.startConvention, r.startEvent,
          r.from, r.basis, r.source, r.confidence, r.description, r.instrument],
      );
    }
    for (const [rowId, key, basis, label] of RETENTION) {
      const what = key.startsWith('DOSSIER_') ? 'thời hạn giữ nội dung tài liệu trong hồ sơ vụ việc' : 'thời hạn giữ danh tính người cung cấp thông tin';
      await q.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, NULL, 'MONTHS', 'NEXT_DAY', 'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01', $3, 'SETTING', 'NOT_FOUND', $4)`,
        [rowId, key, basis, `${label}: ${what} sau khi kết thúc vụ việc; cấp ủy tự đặt, để trống là giữ lại`],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [[...ROWS.map((r) => r.id), ...RETENTION.map(([rowId]) => rowId)]]);
    await q.query(`DELETE FROM legal_instrument WHERE id = $1`, [INSTRUMENT.id]);
  }
}
