import { MigrationInterface, QueryRunner } from 'typeorm';

// Rules as dated data (issue 13): a register of legal instruments; rule rows gain an end date (set once, when a newer
// row supersedes them), structured values (shares, lists, tables) beside the numeric value, the instrument they come
// from, and a committee's confirmation. The instruments in force in December 2026 are registered from
// ../shared/domain/changes-2026.md §1.1 with their confidence; the reported 2026 generation (§1.2) is not: it ships as
// a ready-to-apply change set a committee confirms (docs/domain/changes/).
const INSTRUMENTS: {
  id: string; code: string; title: string; issuer: string; issuedOn: string | null; effectiveFrom: string | null;
  replaces: string[]; confidence: string; sourceRef: string; notes: string | null;
}[] = [
  { id: 'a1f0c001-0000-4000-8000-000000000001', code: 'Điều lệ Đảng', title: 'Điều lệ Đảng Cộng sản Việt Nam', issuer: 'Đại hội XI', issuedOn: '2011-01-19', effectiveFrom: '2011-01-19', replaces: [], confidence: 'STATED', sourceRef: '[34][42][43]', notes: 'Sửa đổi dự kiến tại Đại hội XV (2030)' },
  { id: 'a1f0c001-0000-4000-8000-000000000002', code: '29-QĐ/TW', title: 'Quy định thi hành Điều lệ Đảng (khóa XII)', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2016-07-25', effectiveFrom: '2016-07-25', replaces: [], confidence: 'STATED', sourceRef: '[24][25]', notes: null },
  { id: 'a1f0c001-0000-4000-8000-000000000003', code: '24-QĐ/TW', title: 'Quy định thi hành Điều lệ Đảng (khóa XIII)', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2021-07-30', effectiveFrom: '2021-07-30', replaces: ['29-QĐ/TW'], confidence: 'STATED', sourceRef: '[59]', notes: null },
  { id: 'a1f0c001-0000-4000-8000-000000000004', code: '232-QĐ/TW', title: 'Quy định thi hành Điều lệ Đảng', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2025-01-20', effectiveFrom: '2025-01-20', replaces: ['24-QĐ/TW'], confidence: 'STATED', sourceRef: '[23][28]', notes: null },
  { id: 'a1f0c001-0000-4000-8000-000000000005', code: '294-QĐ/TW', title: 'Quy định thi hành Điều lệ Đảng', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2025-05-26', effectiveFrom: '2025-07-01', replaces: ['232-QĐ/TW'], confidence: 'STATED', sourceRef: '[39][40][41]', notes: 'Nhiều chi tiết chỉ biết qua nguồn thứ cấp [14] (chưa kiểm chứng)' },
  { id: 'a1f0c001-0000-4000-8000-000000000006', code: '06-HD/TW', title: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng', issuer: 'Ban Bí thư', issuedOn: '2025-06-09', effectiveFrom: null, replaces: ['01-HD/TW (2021)'], confidence: 'STATED', sourceRef: '[26][27]', notes: 'Ngày hiệu lực chưa tìm thấy' },
  { id: 'a1f0c001-0000-4000-8000-000000000007', code: '296-QĐ/TW', title: 'Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2025-05-30', effectiveFrom: null, replaces: ['22-QĐ/TW', '262-QĐ/TW', '86-QĐ/TW', '85-QĐ/TW', '221-QĐ/TW', '210-QĐ/TW', '211-QĐ/TW'], confidence: 'STATED', sourceRef: '[11][12][13]', notes: 'Ngày hiệu lực chưa tìm thấy; các quy tắc dùng ngày ký 30/5/2025' },
  { id: 'a1f0c001-0000-4000-8000-000000000008', code: '08-HD/TW', title: 'Hướng dẫn thực hiện Quy định 296-QĐ/TW', issuer: 'Ban Bí thư', issuedOn: '2025-06-10', effectiveFrom: null, replaces: ['02-HD/TW (2021)'], confidence: 'UNVERIFIED', sourceRef: '[14]', notes: null },
  { id: 'a1f0c001-0000-4000-8000-000000000009', code: '22-QĐ/TW', title: 'Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2021-07-28', effectiveFrom: '2021-07-28', replaces: [], confidence: 'STATED', sourceRef: '[10][20][21]', notes: 'Được thay thế bởi 296-QĐ/TW' },
  { id: 'a1f0c001-0000-4000-8000-000000000010', code: '69-QĐ/TW', title: 'Quy định về kỷ luật tổ chức đảng, đảng viên vi phạm', issuer: 'Bộ Chính trị', issuedOn: '2022-07-06', effectiveFrom: '2022-07-06', replaces: ['102-QĐ/TW', '07-QĐi/TW'], confidence: 'STATED', sourceRef: '[7][8][9]', notes: 'Sửa đổi bởi 264-QĐ/TW (14/2/2025), nội dung sửa đổi chưa tìm thấy' },
  { id: 'a1f0c001-0000-4000-8000-000000000011', code: '264-QĐ/TW', title: 'Sửa đổi, bổ sung Quy định 69-QĐ/TW', issuer: 'Bộ Chính trị', issuedOn: '2025-02-14', effectiveFrom: '2025-02-14', replaces: [], confidence: 'STATED', sourceRef: '[7]', notes: 'Nội dung chưa tìm thấy' },
  { id: 'a1f0c001-0000-4000-8000-000000000012', code: '164-QĐ/TW', title: 'Quy trình giải quyết tố cáo đối với cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý', issuer: 'Bộ Chính trị', issuedOn: '2024-06-06', effectiveFrom: '2024-06-06', replaces: [], confidence: 'STATED', sourceRef: '[17]', notes: 'Hiệu lực sau 296-QĐ/TW chưa kiểm chứng' },
  { id: 'a1f0c001-0000-4000-8000-000000000013', code: '12-HD/BTCTW', title: 'Hướng dẫn một số vấn đề về nghiệp vụ công tác đảng viên', issuer: 'Ban Tổ chức Trung ương', issuedOn: '2022-01-18', effectiveFrom: '2022-01-18', replaces: ['09-HD/BTCTW'], confidence: 'STATED', sourceRef: '[31]', notes: null },
  { id: 'a1f0c001-0000-4000-8000-000000000014', code: '1374-QĐ/TU', title: 'Quy định về quy trình giải quyết thông tin phản ánh liên quan tập thể, cá nhân suy thoái', issuer: 'Ban Thường vụ Thành ủy TP.HCM (khóa X)', issuedOn: '2017-12-01', effectiveFrom: '2017-12-01', replaces: [], confidence: 'STATED', sourceRef: '[1][2][5][6]', notes: 'Chưa thấy bãi bỏ hay ban hành lại; hiệu lực tại thành phố sau hợp nhất chưa xác nhận' },
  { id: 'a1f0c001-0000-4000-8000-000000000015', code: 'BLLĐ 2019', title: 'Bộ luật Lao động 2019, Điều 111(3), 112', issuer: 'Quốc hội', issuedOn: '2019-11-20', effectiveFrom: '2021-01-01', replaces: ['BLLĐ 2012'], confidence: 'STATED', sourceRef: '[68][69]', notes: null },
  { id: 'a1f0c001-0000-4000-8000-000000000016', code: '30-QĐ/TW', title: 'Quy định thi hành Chương VII, VIII Điều lệ Đảng (2016)', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2016-07-26', effectiveFrom: '2016-07-26', replaces: [], confidence: 'STATED', sourceRef: '[18]', notes: 'Đã được thay thế' },
];

/** Which instrument the seeded rows come from, by their legal basis text. */
const BASIS_TO_INSTRUMENT: [string, string][] = [
  ['1374-QĐ/TU', '1374-QĐ/TU'], ['296-QĐ/TW', '296-QĐ/TW'], ['294-QĐ/TW', '294-QĐ/TW'], ['69-QĐ/TW', '69-QĐ/TW'],
  ['164-QĐ/TW', '164-QĐ/TW'], ['232-QĐ/TW', '232-QĐ/TW'], ['Điều lệ', 'Điều lệ Đảng'], ['12-HD/BTCTW', '12-HD/BTCTW'],
];

export class DatedRules1795301800000 implements MigrationInterface {
  name = 'DatedRules1795301800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "legal_instrument" ("id" uuid NOT NULL, "code" character varying(64) NOT NULL, "title" text NOT NULL, "issuer" text NOT NULL, "issued_on" date, "effective_from" date, "replaces" text array NOT NULL DEFAULT '{}', "confidence" character varying(16) NOT NULL, "source_ref" character varying(64) NOT NULL, "notes" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_legal_instrument" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_legal_instrument_code" ON "legal_instrument" ("code") `);
    await queryRunner.query(`ALTER TABLE "legal_rule" ADD "value_data" jsonb`);
    await queryRunner.query(`ALTER TABLE "legal_rule" ADD "effective_to" date`);
    await queryRunner.query(`ALTER TABLE "legal_rule" ADD "instrument_id" uuid`);
    await queryRunner.query(`ALTER TABLE "legal_rule" ADD "confirmed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "legal_rule" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "legal_rule" ADD CONSTRAINT "FK_legal_rule_instrument" FOREIGN KEY ("instrument_id") REFERENCES "legal_instrument"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const i of INSTRUMENTS) {
      await queryRunner.query(
        `INSERT INTO legal_instrument (id, code, title, issuer, issued_on, effective_from, replaces, confidence, source_ref, notes)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [i.id, i.code, i.title, i.issuer, i.issuedOn, i.effectiveFrom, i.replaces, i.confidence, i.sourceRef, i.notes],
      );
    }
    for (const [needle, code] of BASIS_TO_INSTRUMENT) {
      await queryRunner.query(
        `UPDATE legal_rule SET instrument_id = (SELECT id FROM legal_instrument WHERE code = $2)
          WHERE instrument_id IS NULL AND org_unit_id IS NULL AND position($1 in legal_basis) > 0`,
        [needle, code],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "legal_rule" DROP CONSTRAINT "FK_legal_rule_instrument"`);
    await queryRunner.query(`ALTER TABLE "legal_rule" DROP COLUMN "confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "legal_rule" DROP COLUMN "confirmed_by"`);
    await queryRunner.query(`ALTER TABLE "legal_rule" DROP COLUMN "instrument_id"`);
    await queryRunner.query(`ALTER TABLE "legal_rule" DROP COLUMN "effective_to"`);
    await queryRunner.query(`ALTER TABLE "legal_rule" DROP COLUMN "value_data"`);
    await queryRunner.query(`DROP INDEX "public"."ux_legal_instrument_code"`);
    await queryRunner.query(`DROP TABLE "legal_instrument"`);
  }
}
