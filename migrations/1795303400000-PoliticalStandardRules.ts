import { MigrationInterface, QueryRunner } from 'typeorm';

// The political-standard verification (tham-tra-tieu-chuan-chinh-tri and its tasks, xac-minh-tieu-chuan-chinh-tri;
// ../shared/domain/changes-2026.md §5.4, procedures.md §10): its rules as dated data and restricted filing.
//
// Rules. No text found states who concludes, or any deadline (changes-2026.md §7 POLITICAL_STANDARD.*): every row is a
// setting without a value (confidence NOT_FOUND) a committee fills in — until then a conclusion is refused (no body
// named) and the steps run without a clock. Two eras: Quy định 126-QĐ/TW (28/02/2018), then 58-QĐ/TW (08/02/2022; one
// source says 28/02/2022), which replaced it. Also the two retention settings of each of the two procedures.
//
// Restricted filing. A case of a restricted procedure (ProcedureDefinition.restricted: the verification's file is
// classified) is seen only by its named participants: `case.restricted`, fixed when it is created, and one more branch
// of the `case_exclusion` view — everyone holding a role on its unit or above who is not named on it is excluded, so
// lists, counts, statistics, reminders and notices follow the same rule as a subject's exclusion does.

interface Row {
  id: string;
  key: string;
  unit: 'TABLE' | 'WORKING_DAYS';
  startConvention: 'NEXT_DAY' | 'NONE';
  startEvent: string;
  description: string;
}

const id = (n: number) => `d5b2f34e-0000-4000-8000-${String(n).padStart(12, '0')}`;

const INSTRUMENTS = [
  {
    id: id(101), code: '126-QĐ/TW', title: 'Quy định một số vấn đề về bảo vệ chính trị nội bộ Đảng', issuer: 'Bộ Chính trị', issuedOn: '2018-02-28',
    replaces: [] as string[], confidence: 'STATED', sourceRef: '[29]', notes: 'Được thay thế bởi 58-QĐ/TW',
  },
  {
    id: id(102), code: '58-QĐ/TW', title: 'Quy định một số vấn đề về bảo vệ chính trị nội bộ Đảng', issuer: 'Bộ Chính trị', issuedOn: '2022-02-08',
    replaces: ['126-QĐ/TW'], confidence: 'CONFLICT', sourceRef: '[29][30]', notes: 'Ngày ban hành: 08/02/2022 theo [30], một nguồn ghi 28/02/2022 [29]',
  },
];

const ERAS = [
  { code: '126-QĐ/TW', from: '2018-02-28', to: '2022-02-08', basis: 'Quy định 126-QĐ/TW ngày 28/02/2018 của Bộ Chính trị (bảo vệ chính trị nội bộ Đảng)' },
  {
    code: '58-QĐ/TW', from: '2022-02-08', to: null,
    basis: 'Quy định 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị (bảo vệ chính trị nội bộ Đảng; một nguồn ghi ngày 28/02/2022), thay Quy định 126-QĐ/TW',
  },
];

const KEYS: Omit<Row, 'id'>[] = [
  {
    key: 'PS.CONCLUDING_BODY', unit: 'TABLE', startConvention: 'NONE', startEvent: '',
    description:
      'Cơ quan kết luận tiêu chuẩn chính trị theo mục đích và cấp quản lý cán bộ (dòng {managementLevel, purpose?, bodies[{kind, level}]}): chưa tìm thấy văn bản quy định; cấp ủy xác nhận',
  },
  {
    key: 'PS.BACKGROUND_CHECK', unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận đề nghị thẩm tra',
    description: 'Kiểm tra, đóng dấu giáp lai lý lịch tự khai sau khi nhận đề nghị thẩm tra: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    key: 'PS.TASK_ANSWER', unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày gửi công văn đề nghị xác minh',
    description: 'Cấp ủy nơi cư trú, công tác trả lời yêu cầu xác minh tiêu chuẩn chính trị: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    key: 'PS.CONCLUSION', unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày báo cáo thẩm tra (hoặc ngày nhận ý kiến cấp trên)',
    description: 'Cơ quan có thẩm quyền kết luận tiêu chuẩn chính trị: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    key: 'PS.HIGHER_OPINION', unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày xin ý kiến cấp trên',
    description: 'Cấp trên cho ý kiến về tiêu chuẩn chính trị: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
];

const ROWS = KEYS.flatMap((k, i) => ERAS.map((era, j) => ({ ...k, id: id(1 + i * ERAS.length + j), era })));

// One setting of each retention kind per procedure (as seeded for the others): empty, kept until a committee sets months.
const RETENTION: [string, string, string][] = [
  [id(201), 'RETENTION.THAM_TRA_TIEU_CHUAN_CHINH_TRI', 'Thẩm tra tiêu chuẩn chính trị'],
  [id(202), 'DOSSIER_RETENTION.THAM_TRA_TIEU_CHUAN_CHINH_TRI', 'Thẩm tra tiêu chuẩn chính trị'],
  [id(203), 'RETENTION.XAC_MINH_TIEU_CHUAN_CHINH_TRI', 'Trả lời yêu cầu xác minh tiêu chuẩn chính trị'],
  [id(204), 'DOSSIER_RETENTION.XAC_MINH_TIEU_CHUAN_CHINH_TRI', 'Trả lời yêu cầu xác minh tiêu chuẩn chính trị'],
];

const EXCLUSION_WITHOUT_RESTRICTION = `
  SELECT p.case_id, p.user_id FROM case_participant p
   WHERE p.relation IN ('SUBJECT', 'CONFLICT') AND p.user_id IS NOT NULL
  UNION ALL
  SELECT p.case_id, ra.user_id FROM case_participant p
    JOIN role_assignment ra ON ra.unit_id = p.unit_id AND ra.role = 'SECRETARY'
   WHERE p.relation = 'SUBJECT_ORGANISATION'`;

export class PoliticalStandardRules1795303400000 implements MigrationInterface {
  name = 'PoliticalStandardRules1795303400000';

  public async up(q: QueryRunner): Promise<void> {
    for (const i of INSTRUMENTS) {
      await q.query(
        `INSERT INTO legal_instrument (id, code, title, issuer, issued_on, effective_from, replaces, confidence, source_ref, notes)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING`,
        [i.id, i.code, i.title, i.issuer, i.issuedOn, i.replaces, i.confidence, i.sourceRef, i.notes],
      );
    }
    for (const r of ROWS) {
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         VALUES ($1, $2, NULL, NULL, $3, $4, $5, NULL, 0, $6, $7, $8, '§5.4', 'NOT_FOUND', $9, (SELECT id FROM legal_instrument WHERE code = $10))`,
        [r.id, r.key, r.unit, r.startConvention, r.startEvent, r.era.from, r.era.to, `${r.era.basis}; giá trị chưa tìm thấy`, r.description, r.era.code],
      );
    }
    for (const [rowId, key, procedure] of RETENTION) {
      const what = key.startsWith('DOSSIER_') ? 'thời hạn giữ nội dung tài liệu trong hồ sơ vụ việc' : 'thời hạn giữ danh tính người cung cấp thông tin';
      await q.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, NULL, 'MONTHS', 'NEXT_DAY', 'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01', $3, 'SETTING', 'NOT_FOUND', $4)`,
        [rowId, key, 'Chưa tìm thấy quy định về thời hạn lưu', `${procedure}: ${what} sau khi kết thúc vụ việc; cấp ủy tự đặt, để trống là giữ lại`],
      );
    }
    await q.query(`ALTER TABLE "case" ADD "restricted" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX "ix_case_restricted" ON "case" ("org_unit_id") WHERE restricted`);
    // A restricted case excludes whoever holds a role on its unit or above and is not named on it.
    await q.query(`
      CREATE OR REPLACE VIEW case_exclusion AS ${EXCLUSION_WITHOUT_RESTRICTION}
      UNION ALL
      SELECT c.id, ra.user_id FROM "case" c
        JOIN org_unit ou ON ou.id = c.org_unit_id
        JOIN org_unit a ON left(ou.path, length(a.path)) = a.path
        JOIN role_assignment ra ON ra.unit_id = a.id
       WHERE c.restricted
         AND NOT EXISTS (SELECT 1 FROM case_participant np WHERE np.case_id = c.id AND np.user_id = ra.user_id AND np.relation = 'PARTICIPANT')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW case_exclusion AS ${EXCLUSION_WITHOUT_RESTRICTION}`);
    await q.query(`DROP INDEX "public"."ix_case_restricted"`);
    await q.query(`ALTER TABLE "case" DROP COLUMN "restricted"`);
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [[...ROWS.map((r) => r.id), ...RETENTION.map(([rowId]) => rowId)]]);
    await q.query(`DELETE FROM legal_instrument WHERE id = ANY($1::uuid[])`, [INSTRUMENTS.map((i) => i.id)]);
  }
}
