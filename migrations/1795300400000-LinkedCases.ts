import { MigrationInterface, QueryRunner } from "typeorm";

// The authority matrix as far as procedures.md §7.3 states it; every other cell is a setting (no row = not configured).
const AUTHORITY: [string, string, string, string, boolean, boolean, string, string, string][] = [
  ['144b958e-f0d6-53b0-8f7a-e70efedada54', 'CELL', 'FULL_MEMBER', 'KHIEN_TRACH', true, true, 'Quy định 296-QĐ/TW ngày 30/5/2025, Điều 10 khoản 1.1, 1.4 (theo [S18], chưa đối chiếu văn bản)', 'S18', 'UNVERIFIED'],
  ['51f9e9f6-254d-5688-ac2a-c5e684899628', 'CELL', 'FULL_MEMBER', 'CANH_CAO', true, true, 'Quy định 296-QĐ/TW ngày 30/5/2025, Điều 10 khoản 1.1, 1.4 (theo [S18], chưa đối chiếu văn bản)', 'S18', 'UNVERIFIED'],
  ['f31cc59e-4766-57de-9d2b-1a27116568c2', 'CELL', 'PROBATIONARY_MEMBER', 'KHIEN_TRACH', true, true, 'Quy định 296-QĐ/TW ngày 30/5/2025, Điều 10 khoản 1.1, 1.4 (theo [S18], chưa đối chiếu văn bản)', 'S18', 'UNVERIFIED'],
  ['48fe4538-717e-5e51-8319-a44b9279027c', 'CELL', 'PROBATIONARY_MEMBER', 'CANH_CAO', true, true, 'Quy định 296-QĐ/TW ngày 30/5/2025, Điều 10 khoản 1.1, 1.4 (theo [S18], chưa đối chiếu văn bản)', 'S18', 'UNVERIFIED'],
  ['7dea7f5f-3992-50c2-9949-9c140409c5c9', 'CELL', 'FULL_MEMBER', 'CACH_CHUC', false, false, 'Suy ra từ Quy định 296-QĐ/TW Điều 10 khoản 1.1: chi bộ chỉ quyết định khiển trách, cảnh cáo (theo [S18])', 'S18', 'INFERRED'],
  ['4cca884b-975d-5591-a720-6851655e728c', 'CELL', 'FULL_MEMBER', 'KHAI_TRU', false, false, 'Suy ra từ Quy định 296-QĐ/TW Điều 10 khoản 1.1: chi bộ chỉ quyết định khiển trách, cảnh cáo (theo [S18])', 'S18', 'INFERRED'],
  ['7f00ab43-3930-504f-adfb-1f3d371be45e', 'CELL_COMMITTEE', 'FULL_MEMBER', 'KHIEN_TRACH', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['422bae6c-1f41-5053-be4d-c4b287d162c6', 'CELL_COMMITTEE', 'FULL_MEMBER', 'CANH_CAO', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['204e9e54-6f0f-5a24-87c4-e0aded8b32bf', 'CELL_COMMITTEE', 'FULL_MEMBER', 'CACH_CHUC', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['85f3467e-f67f-5dcf-ad36-d7cd08b80c4d', 'CELL_COMMITTEE', 'FULL_MEMBER', 'KHAI_TRU', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['fa76b623-9f52-5ba5-b2d1-0d01437ba028', 'CELL_COMMITTEE', 'PROBATIONARY_MEMBER', 'KHIEN_TRACH', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['77759568-1230-587e-9d7b-c9e702bb7627', 'CELL_COMMITTEE', 'PROBATIONARY_MEMBER', 'CANH_CAO', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['13673020-800b-55e4-8c22-2cca01a5da89', 'CELL_COMMITTEE', 'ORGANISATION', 'KHIEN_TRACH', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['f043a455-1487-5102-818e-5496ce128df7', 'CELL_COMMITTEE', 'ORGANISATION', 'CANH_CAO', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['d17196df-8846-5e17-acbd-b7d6e1a70054', 'CELL_COMMITTEE', 'ORGANISATION', 'GIAI_TAN', false, false, 'Chi ủy không có thẩm quyền thi hành kỷ luật (theo [S18], chưa đối chiếu Quy định 296-QĐ/TW)', 'S18', 'UNVERIFIED'],
  ['1302605e-6974-5181-98df-a97fcf583e1f', 'PARTY_COMMITTEE', 'ORGANISATION', 'KHIEN_TRACH', true, false, 'Quy định 296-QĐ/TW Điều 11: cấp ủy, ban thường vụ cấp ủy cấp trên trực tiếp quyết định khiển trách, cảnh cáo tổ chức đảng (theo [S18], chưa đối chiếu)', 'S18', 'UNVERIFIED'],
  ['f42b1919-2114-562d-9d63-4d8f3f5e5a92', 'PARTY_COMMITTEE', 'ORGANISATION', 'CANH_CAO', true, false, 'Quy định 296-QĐ/TW Điều 11: cấp ủy, ban thường vụ cấp ủy cấp trên trực tiếp quyết định khiển trách, cảnh cáo tổ chức đảng (theo [S18], chưa đối chiếu)', 'S18', 'UNVERIFIED'],
  ['d4086364-f396-5e97-a69d-c7ded15516bd', 'STANDING_COMMITTEE', 'ORGANISATION', 'KHIEN_TRACH', true, false, 'Quy định 296-QĐ/TW Điều 11: cấp ủy, ban thường vụ cấp ủy cấp trên trực tiếp quyết định khiển trách, cảnh cáo tổ chức đảng (theo [S18], chưa đối chiếu)', 'S18', 'UNVERIFIED'],
  ['a7b68cd0-d3ee-5c7d-a433-a0056f96a94a', 'STANDING_COMMITTEE', 'ORGANISATION', 'CANH_CAO', true, false, 'Quy định 296-QĐ/TW Điều 11: cấp ủy, ban thường vụ cấp ủy cấp trên trực tiếp quyết định khiển trách, cảnh cáo tổ chức đảng (theo [S18], chưa đối chiếu)', 'S18', 'UNVERIFIED'],
];

export class LinkedCases1795300400000 implements MigrationInterface {
    name = 'LinkedCases1795300400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_link" ("child_case_id" uuid NOT NULL, "parent_case_id" uuid NOT NULL, "link" character varying(32) NOT NULL, "parent_seq" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a2029390bbfe13faeec22f5dea4" PRIMARY KEY ("child_case_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_case_link_parent" ON "case_link" ("parent_case_id") `);
        await queryRunner.query(`CREATE TABLE "discipline_authority" ("id" uuid NOT NULL, "body_kind" character varying(32) NOT NULL, "body_level" character varying(32), "subject_kind" character varying(32) NOT NULL, "form" character varying(16) NOT NULL, "allowed" boolean NOT NULL, "not_for_upper_assigned_task" boolean NOT NULL DEFAULT false, "effective_from" date NOT NULL, "legal_basis" text NOT NULL, "source_ref" character varying(32) NOT NULL, "confidence" character varying(16) NOT NULL, "org_unit_id" uuid, "reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e9bb0197a9b76cbd735b99ce95" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_discipline_authority_lookup" ON "discipline_authority" ("body_kind", "subject_kind", "form", "effective_from") `);
        await queryRunner.query(`ALTER TABLE "case_link" ADD CONSTRAINT "FK_a2029390bbfe13faeec22f5dea4" FOREIGN KEY ("child_case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_link" ADD CONSTRAINT "FK_60b81343b862382923d796b67c9" FOREIGN KEY ("parent_case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "discipline_authority" ADD CONSTRAINT "FK_3293ab419141367595ae332a90c" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        for (const [id, body, subject, form, allowed, notForUpper, basis, source, confidence] of AUTHORITY) {
            await queryRunner.query(
                `INSERT INTO discipline_authority (id, body_kind, body_level, subject_kind, form, allowed, not_for_upper_assigned_task,
                                                   effective_from, legal_basis, source_ref, confidence)
                 VALUES ($1, $2, NULL, $3, $4, $5, $6, '2025-05-30', $7, $8, $9)`,
                [id, body, subject, form, allowed, notForUpper, basis, source, confidence],
            );
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "discipline_authority" DROP CONSTRAINT "FK_3293ab419141367595ae332a90c"`);
        await queryRunner.query(`ALTER TABLE "case_link" DROP CONSTRAINT "FK_60b81343b862382923d796b67c9"`);
        await queryRunner.query(`ALTER TABLE "case_link" DROP CONSTRAINT "FK_a2029390bbfe13faeec22f5dea4"`);
        await queryRunner.query(`DROP INDEX "public"."ix_discipline_authority_lookup"`);
        await queryRunner.query(`DROP TABLE "discipline_authority"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_link_parent"`);
        await queryRunner.query(`DROP TABLE "case_link"`);
    }

}
