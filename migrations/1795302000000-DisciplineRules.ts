import { MigrationInterface, QueryRunner } from 'typeorm';

// Rules as dated data (issue 13) for discipline (../shared/domain/changes-2026.md §3.1, §3.2, §3.9, §4 K1–K3, K5,
// K15–K19, K26, §7): the vote thresholds, giải tán's (not found), the quorum (not found), the denominator's exclusions
// (24-QĐ/TW, then 232 and 294), the forms per subject, the categories without limitation, the protection periods,
// "repeatedly absent", when a decision takes effect; and the authority matrix of the Charter's Art. 36 baseline for
// every level and form it states (the 296 matrix was not found), "district" mapped to UPPER_GRASSROOTS. Confidence is
// the source's; nothing here is invented: a value not found is a NULL row with confidence NOT_FOUND.

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
  instrument: string;
  description: string;
}

const id = (n: number) => `b3d15c1e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NONE = { value: null, startConvention: 'NONE' as const, startEvent: '' };
const B69 = 'Quy định 69-QĐ/TW ngày 06/7/2022 (sửa đổi bởi 264-QĐ/TW)';
const B296 = 'Quy định 296-QĐ/TW ngày 30/5/2025';
const share = (numerator: number, denominator: number, strict: boolean) => ({ numerator, denominator, strict });

/** 24-QĐ/TW §9.3.2 (a)–(d) and probationary members: the codes of workflows/shared/voting/roster.ts. */
/** The 24-QĐ/TW §9.3.2 list (exported for the machine specs that feed it as a fact). */
export const EXCLUSIONS_24 = { items: ['TRANSFERRED', 'EXEMPT_ABSENT', 'SUSPENDED_OR_PROSECUTED', 'ABSENT_APPROVED_REASON', 'PROBATIONARY'] };

const FORMS = {
  rows: [
    { subject: 'FULL_MEMBER', forms: ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'], onlyWithPost: ['CACH_CHUC'] },
    { subject: 'PROBATIONARY_MEMBER', forms: ['KHIEN_TRACH', 'CANH_CAO'] },
    { subject: 'ORGANISATION', forms: ['KHIEN_TRACH', 'CANH_CAO', 'GIAI_TAN'] },
  ],
};

const EVERY_SUBJECT = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'];
/** The organisations' table (07-QĐi/TW) lists no illegal diplomas. */
const NO_LIMITATION = {
  rows: [
    { category: 'INTERNAL_POLITICS', subjects: EVERY_SUBJECT },
    { category: 'DEFENCE_SECURITY_FOREIGN', subjects: EVERY_SUBJECT },
    { category: 'ILLEGAL_DIPLOMA', subjects: ['FULL_MEMBER', 'PROBATIONARY_MEMBER'] },
  ],
};

/** A cell's khiển trách or cảnh cáo takes effect when the result is announced; every other decision on its signing. */
const EFFECT = {
  rows: [
    { bodyKind: 'CELL', forms: ['KHIEN_TRACH', 'CANH_CAO'], effect: 'ON_ANNOUNCEMENT' },
    { effect: 'ON_DECISION' },
  ],
};

const ROWS: Row[] = [
  // K1, K2: 69-QĐ/TW Art. 15 [9] (stated; the deciding organisation of khai trừ is inferred from a truncated sentence, 22-QĐ/TW §3.3 [10]).
  {
    id: id(1), key: 'B3.THRESHOLD_STANDARD', ...NONE, unit: 'FRACTION', data: share(1, 2, true), from: '2022-07-06', to: null,
    basis: `${B69}, Điều 15`, source: '[9]', confidence: 'STATED', instrument: '69-QĐ/TW',
    description: 'Tỷ lệ biểu quyết khiển trách, cảnh cáo, cách chức đảng viên và khiển trách, cảnh cáo tổ chức đảng: quá một nửa tổng số được tính',
  },
  {
    id: id(2), key: 'B3.THRESHOLD_EXPULSION_PROPOSE', ...NONE, unit: 'FRACTION', data: share(2, 3, false), from: '2022-07-06', to: null,
    basis: `${B69}, Điều 15`, source: '[9]', confidence: 'STATED', instrument: '69-QĐ/TW',
    description: 'Khai trừ: ít nhất hai phần ba tổng số đảng viên chính thức (thành viên) của tổ chức đề nghị',
  },
  {
    id: id(3), key: 'B3.THRESHOLD_EXPULSION_DECIDE', ...NONE, unit: 'FRACTION', data: share(1, 2, true), from: '2022-07-06', to: null,
    basis: `${B69}, Điều 15; Quy định 22-QĐ/TW, mục 3.3`, source: '[9][10]', confidence: 'STATED', instrument: '69-QĐ/TW',
    description: 'Khai trừ: quá một nửa tổng số thành viên của tổ chức quyết định (câu nguồn bị cắt, tổ chức quyết định là suy ra)',
  },
  // K3: not found; a committee confirms a value (an override or a new row) before any giải tán is decided.
  {
    id: id(4), key: 'B3.THRESHOLD_GIAI_TAN', ...NONE, unit: 'FRACTION', data: null, from: '2022-07-06', to: null,
    basis: `${B69}: không tìm thấy tỷ lệ biểu quyết giải tán tổ chức đảng`, source: '§7 Q4', confidence: 'NOT_FOUND', instrument: '69-QĐ/TW',
    description: 'Tỷ lệ biểu quyết giải tán tổ chức đảng: chưa tìm thấy; không quyết định được giải tán cho đến khi cấp ủy xác nhận',
  },
  // K5: not found (confidence votes need 2/3 present [60], title only, not for discipline): a warning, never a refusal.
  {
    id: id(5), key: 'VOTE.QUORUM_DISCIPLINE', ...NONE, unit: 'FRACTION', data: null, from: '2011-01-19', to: null,
    basis: 'Điều lệ Đảng; quy định thi hành Điều lệ (24-QĐ/TW, 294-QĐ/TW): không tìm thấy số đảng viên phải có mặt khi biểu quyết kỷ luật',
    source: '[59][60]', confidence: 'NOT_FOUND', instrument: 'Điều lệ Đảng',
    description: 'Số người phải có mặt để biểu quyết kỷ luật: chưa tìm thấy; không kiểm tra, có cảnh báo',
  },
  // K26: 24-QĐ/TW §9.3.2 quoted in full [59]; 232 replaced 24 (list assumed kept: inferred); 294 cites the same section [14] (unverified).
  {
    id: id(6), key: 'VOTE.DENOMINATOR_EXCLUSIONS', ...NONE, unit: 'LIST', data: EXCLUSIONS_24, from: '2021-07-30', to: '2025-01-20',
    basis: 'Quy định 24-QĐ/TW ngày 30/7/2021, mục 9.3.2 (Điều lệ Đảng, Điều 9 khoản 5)', source: '[59]', confidence: 'STATED', instrument: '24-QĐ/TW',
    description: 'Không tính vào tổng số: sinh hoạt tạm thời nơi khác; miễn sinh hoạt và vắng mặt; bị đình chỉ sinh hoạt, khởi tố, truy tố, tạm giam; vắng mặt suốt hội nghị có lý do được cấp ủy triệu tập đồng ý; đảng viên dự bị. Đối tượng và người có xung đột lợi ích vẫn được tính',
  },
  {
    id: id(7), key: 'VOTE.DENOMINATOR_EXCLUSIONS', ...NONE, unit: 'LIST', data: EXCLUSIONS_24, from: '2025-01-20', to: '2025-07-01',
    basis: 'Quy định 232-QĐ/TW ngày 20/01/2025 (thay 24-QĐ/TW; giữ danh sách mục 9.3.2: suy ra)', source: '[59]', confidence: 'INFERRED', instrument: '232-QĐ/TW',
    description: 'Không tính vào tổng số: như Quy định 24-QĐ/TW mục 9.3.2 (suy ra); đối tượng và người có xung đột lợi ích vẫn được tính',
  },
  {
    id: id(8), key: 'VOTE.DENOMINATOR_EXCLUSIONS', ...NONE, unit: 'LIST', data: EXCLUSIONS_24, from: '2025-07-01', to: null,
    basis: 'Quy định 294-QĐ/TW (hiệu lực 01/7/2025), mục 9.3.2 (theo [14], chưa kiểm chứng)', source: '[59][14]', confidence: 'UNVERIFIED', instrument: '294-QĐ/TW',
    description: 'Không tính vào tổng số: như Quy định 24-QĐ/TW mục 9.3.2; đối tượng và người có xung đột lợi ích vẫn được tính trừ khi cấp ủy xác nhận khác',
  },
  // K15: 22-QĐ/TW Art. 10, then 69-QĐ/TW Art. 7 [7] (stated).
  {
    id: id(9), key: 'B3.FORMS_BY_SUBJECT', ...NONE, unit: 'TABLE', data: FORMS, from: '2021-07-28', to: '2022-07-06',
    basis: 'Quy định 22-QĐ/TW ngày 28/7/2021, Điều 10', source: '[7][9]', confidence: 'STATED', instrument: '22-QĐ/TW',
    description: 'Hình thức kỷ luật: tổ chức đảng – khiển trách, cảnh cáo, giải tán; đảng viên chính thức – khiển trách, cảnh cáo, cách chức (khi giữ chức vụ), khai trừ; đảng viên dự bị – khiển trách, cảnh cáo',
  },
  {
    id: id(10), key: 'B3.FORMS_BY_SUBJECT', ...NONE, unit: 'TABLE', data: FORMS, from: '2022-07-06', to: null,
    basis: `${B69}, Điều 7`, source: '[7]', confidence: 'STATED', instrument: '69-QĐ/TW',
    description: 'Hình thức kỷ luật: tổ chức đảng – khiển trách, cảnh cáo, giải tán; đảng viên chính thức – khiển trách, cảnh cáo, cách chức (khi giữ chức vụ), khai trừ; đảng viên dự bị – khiển trách, cảnh cáo',
  },
  // K16: stated for 102-QĐ/TW and 07-QĐi/TW, carried into 69 (inferred). A table: the organisations' list has no illegal diplomas.
  {
    id: id(11), key: 'B3.NO_LIMITATION_CATEGORIES', ...NONE, unit: 'TABLE', data: NO_LIMITATION, from: '2022-07-06', to: null,
    basis: `${B69} (như 102-QĐ/TW và 07-QĐi/TW: suy ra)`, source: 'S10 S11', confidence: 'INFERRED', instrument: '69-QĐ/TW',
    description: 'Không áp dụng thời hiệu: vi phạm về chính trị nội bộ; quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia; sử dụng văn bằng, chứng chỉ không hợp pháp (đảng viên)',
  },
  // K17: 296 Art. 8 §7 via [14] (unverified). Counted from the birth, the birth day included: the period's last day is the day before the child reaches the months.
  {
    id: id(12), key: 'B3.PROTECT_NURSING_MONTHS', value: 12, data: null, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày sinh của con',
    from: '2025-05-30', to: null, basis: `${B296}, Điều 8 khoản 7 (theo [14], chưa kiểm chứng)`, source: '[14]', confidence: 'UNVERIFIED', instrument: '296-QĐ/TW',
    description: 'Chưa xem xét kỷ luật đảng viên đang nuôi con nhỏ: đến khi con đủ số tháng tuổi này',
  },
  // A reminder on the day a protection is expected to end (the due date of a birth, an expected discharge): one day
  // counted from that day itself, so the term ends with it. Not a legal value.
  {
    id: id(13), key: 'B3.PROTECTION_END_TERM', value: 1, data: null, unit: 'CALENDAR_DAYS', startConvention: 'SAME_DAY',
    startEvent: 'Ngày kết thúc dự kiến ghi trong giấy tờ (ngày dự sinh, ngày dự kiến ra viện)', from: '2025-05-30', to: null,
    basis: `${B296}, Điều 8 khoản 7 (theo [14]): nhắc đơn vị vào ngày kết thúc dự kiến; không phải giá trị do quy định nêu`, source: '[14]',
    confidence: 'INFERRED', instrument: '296-QĐ/TW', description: 'Nhắc khi hết thời gian chưa xem xét kỷ luật (mang thai, điều trị nội trú): đúng ngày kết thúc dự kiến',
  },
  // K18: "nhiều lần" (296 Art. 12 §2.1 via [14], unverified) read as two invitations or more.
  {
    id: id(14), key: 'B3.REPEATED_ABSENCE_INVITATIONS', value: 2, data: null, unit: 'COUNT', startConvention: 'NONE', startEvent: '', from: '2025-05-30', to: null,
    basis: `${B296}, Điều 12 khoản 2.1 (theo [14], chưa kiểm chứng): "vắng mặt nhiều lần" đọc là từ hai lần được mời`, source: '[14]', confidence: 'INFERRED',
    instrument: '296-QĐ/TW', description: 'Số lần được mời mà vắng mặt không có lý do chính đáng để tổ chức vẫn xem xét kỷ luật',
  },
  // K19: 296 Art. 15 §2 via [14] (unverified); 21-QĐ/TW (2026, unverified, not applied) reportedly: every other decision on signing.
  {
    id: id(15), key: 'B3.EFFECT_RULES', ...NONE, unit: 'TABLE', data: EFFECT, from: '2025-05-30', to: null,
    basis: `${B296}, Điều 15 khoản 2 (theo [14], chưa kiểm chứng)`, source: '[14]', confidence: 'UNVERIFIED', instrument: '296-QĐ/TW',
    description: 'Hiệu lực: khiển trách, cảnh cáo của chi bộ có hiệu lực khi công bố kết quả biểu quyết; quyết định khác có hiệu lực từ khi ký',
  },
];

// ---- The authority matrix (§3.2): Charter Art. 36 as an older Q&A states it [58] ------------------------------

interface Cell {
  body: string;
  level: string | null;
  subject: string;
  form: string;
  allowed: boolean;
  basis: string;
  source: string;
  confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED';
}

const CHARTER = 'Điều lệ Đảng (2011), Điều 36 (theo [58])';
const MEMBER = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'];
const PROBATIONARY = ['KHIEN_TRACH', 'CANH_CAO'];
const ORGANISATION = ['KHIEN_TRACH', 'CANH_CAO', 'GIAI_TAN'];

function cells(body: string, level: string | null, subject: string, forms: string[], allowed: (form: string) => boolean, basis: (form: string) => string, source: string, confidence: (form: string) => Cell['confidence']): Cell[] {
  return forms.map((form) => ({ body, level, subject, form, allowed: allowed(form), basis: basis(form), source, confidence: confidence(form) }));
}
const yes = () => true;
const no = () => false;
const always = (c: Cell['confidence']) => () => c;
const text = (t: string) => () => t;
const lightForm = (f: string) => f === 'KHIEN_TRACH' || f === 'CANH_CAO';

const UPPER_MAP = 'cấp huyện trước 01/7/2025; từ đó đảng ủy cấp xã và các cấp ủy cấp trên cơ sở khác (ánh xạ suy ra [39])';

const AUTHORITY: Cell[] = [
  // The cell: khiển trách, cảnh cáo of its members (stated); nothing else. From 30/5/2025 the 296 rows (LinkedCases) add the upper-task exception.
  ...cells('CELL', null, 'FULL_MEMBER', MEMBER, lightForm, (f) => (lightForm(f) ? `${CHARTER}: chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ` : `${CHARTER}: chi bộ chỉ quyết định khiển trách, cảnh cáo (suy ra)`), '[58]', (f) => (lightForm(f) ? 'STATED' : 'INFERRED')),
  ...cells('CELL', null, 'PROBATIONARY_MEMBER', PROBATIONARY, yes, text(`${CHARTER}: chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ`), '[58]', always('STATED')),
  ...cells('CELL', null, 'ORGANISATION', ORGANISATION, no, text(`${CHARTER}: kỷ luật tổ chức đảng do cấp ủy cấp trên quyết định, không do chi bộ (suy ra)`), '[58]', always('INFERRED')),
  // The cell committee: none (not in Art. 36's list).
  ...[['FULL_MEMBER', MEMBER], ['PROBATIONARY_MEMBER', PROBATIONARY], ['ORGANISATION', ORGANISATION]].flatMap(([s, forms]) =>
    cells('CELL_COMMITTEE', null, s as string, forms as string[], no, text(`${CHARTER}: chi ủy không có thẩm quyền thi hành kỷ luật (suy ra)`), '[58]', always('INFERRED'))),
  // Committees at all levels except the đảng ủy bộ phận (stated).
  ...[['FULL_MEMBER', MEMBER], ['PROBATIONARY_MEMBER', PROBATIONARY], ['ORGANISATION', ORGANISATION]].flatMap(([s, forms]) =>
    cells('PARTY_COMMITTEE', 'SECTION', s as string, forms as string[], no, text(`${CHARTER}: cấp ủy các cấp được thi hành kỷ luật, trừ đảng ủy bộ phận`), '[58]', always('STATED'))),
  // The grassroots committee: may discipline (stated); expels only when authorised to admit members (stated) — not by default: an authorised committee is configured by an override.
  ...cells('PARTY_COMMITTEE', 'GRASSROOTS', 'FULL_MEMBER', MEMBER, (f) => f !== 'KHAI_TRU',
    (f) => (f === 'KHAI_TRU'
      ? `${CHARTER}: đảng ủy cơ sở chỉ được khai trừ khi được ủy quyền quyết định kết nạp đảng viên (không với cấp ủy viên cùng cấp, đảng viên thuộc diện cấp trên quản lý); chưa được ủy quyền theo mặc định – cấp ủy cấp trên điều chỉnh bảng thẩm quyền cho đảng ủy cơ sở được ủy quyền`
      : `${CHARTER}: cấp ủy các cấp (trừ đảng ủy bộ phận) được thi hành kỷ luật; hình thức cụ thể suy ra${f === 'CACH_CHUC' ? ' (cách chức cấp ủy viên cấp dưới)' : ''}`),
    '[58]', always('INFERRED')),
  ...cells('PARTY_COMMITTEE', 'GRASSROOTS', 'PROBATIONARY_MEMBER', PROBATIONARY, yes, text(`${CHARTER}: cấp ủy các cấp (trừ đảng ủy bộ phận) được thi hành kỷ luật; hình thức cụ thể suy ra`), '[58]', always('INFERRED')),
  // The grassroots standing committee and inspection commission: Art. 36 names them only from the former district level up.
  ...['STANDING_COMMITTEE', 'INSPECTION_COMMISSION'].flatMap((body) => [
    ...cells(body, 'GRASSROOTS', 'FULL_MEMBER', MEMBER, no, text(`${CHARTER}: ban thường vụ, ủy ban kiểm tra được thi hành kỷ luật từ cấp huyện trở lên (suy ra: không ở cấp cơ sở)`), '[58]', always('INFERRED')),
    ...cells(body, 'GRASSROOTS', 'PROBATIONARY_MEMBER', PROBATIONARY, no, text(`${CHARTER}: ban thường vụ, ủy ban kiểm tra được thi hành kỷ luật từ cấp huyện trở lên (suy ra: không ở cấp cơ sở)`), '[58]', always('INFERRED')),
  ]),
  // Inspection commissions do not discipline organisations (Art. 36 gives that to the upper committees: inferred).
  ...cells('INSPECTION_COMMISSION', null, 'ORGANISATION', ORGANISATION, no, text(`${CHARTER}: kỷ luật tổ chức đảng do cấp ủy, ban thường vụ cấp ủy cấp trên quyết định (suy ra)`), '[58]', always('INFERRED')),
  // Committees, standing committees and inspection commissions from the former district level up: every member form.
  ...['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION'].flatMap((body) =>
    (['UPPER_GRASSROOTS', 'PROVINCIAL'] as const).flatMap((level) => {
      const where = level === 'UPPER_GRASSROOTS' ? `; cấp trên cơ sở: ${UPPER_MAP}` : '';
      const basis = text(`${CHARTER}: cấp ủy, ban thường vụ và ủy ban kiểm tra từ cấp huyện trở lên được thi hành kỷ luật đảng viên; hình thức cụ thể suy ra${where}`);
      const source = level === 'UPPER_GRASSROOTS' ? '[58][39]' : '[58]';
      return [
        ...cells(body, level, 'FULL_MEMBER', MEMBER, yes, basis, source, always('INFERRED')),
        ...cells(body, level, 'PROBATIONARY_MEMBER', PROBATIONARY, yes, basis, source, always('INFERRED')),
      ];
    })),
  // Organisations before 296 (from 30/5/2025 the LinkedCases rows, Art. 11): khiển trách, cảnh cáo by the upper committee or its standing committee.
  ...['PARTY_COMMITTEE', 'STANDING_COMMITTEE'].flatMap((body) =>
    cells(body, null, 'ORGANISATION', ['KHIEN_TRACH', 'CANH_CAO'], yes, text(`${CHARTER}: cấp ủy, ban thường vụ cấp ủy cấp trên quyết định khiển trách, cảnh cáo tổ chức đảng cấp dưới (suy ra)`), '[58]', always('INFERRED'))),
];

const authorityId = (n: number) => `b3a07a11-0000-4000-8000-${String(n).padStart(12, '0')}`;

export class DisciplineRules1795302000000 implements MigrationInterface {
  name = 'DisciplineRules1795302000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const r of ROWS) {
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, NULL, 0, $8, $9, $10, $11, $12, $13, (SELECT id FROM legal_instrument WHERE code = $14))`,
        [r.id, r.key, r.value, r.data === null ? null : JSON.stringify(r.data), r.unit, r.startConvention, r.startEvent, r.from, r.to, r.basis, r.source,
          r.confidence, r.description, r.instrument],
      );
    }
    for (const [i, a] of AUTHORITY.entries()) {
      await q.query(
        `INSERT INTO discipline_authority (id, body_kind, body_level, subject_kind, form, allowed, not_for_upper_assigned_task,
                                           effective_from, legal_basis, source_ref, confidence)
         VALUES ($1, $2, $3, $4, $5, $6, false, '2011-01-19', $7, $8, $9)`,
        [authorityId(i + 1), a.body, a.level, a.subject, a.form, a.allowed, a.basis, a.source, a.confidence],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM discipline_authority WHERE id = ANY($1::uuid[])`, [AUTHORITY.map((_, i) => authorityId(i + 1))]);
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [ROWS.map((r) => r.id)]);
  }
}
