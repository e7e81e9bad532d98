import { MigrationInterface, QueryRunner } from "typeorm";

export class ProtectedReporters1795300200000 implements MigrationInterface {
    name = 'ProtectedReporters1795300200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_participant" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "relation" character varying(24) NOT NULL, "user_id" uuid, "unit_id" uuid, "reason" text NOT NULL, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1f9d5abc2d1fa494ce1aee8599" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_case_participant_unit" ON "case_participant" ("case_id", "relation", "unit_id") WHERE unit_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_case_participant_user" ON "case_participant" ("case_id", "relation", "user_id") WHERE user_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_case_participant_user" ON "case_participant" ("user_id", "relation") `);
        await queryRunner.query(`CREATE INDEX "ix_case_participant_case" ON "case_participant" ("case_id") `);
        await queryRunner.query(`CREATE TABLE "case_reporter" ("case_id" uuid NOT NULL, "key_id" character varying(32), "identity" bytea, "signature" bytea, "signature_type" character varying(32), "fields" character varying(16) array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "purged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_98eec6d386322866a13c175d20e" PRIMARY KEY ("case_id"))`);
        await queryRunner.query(`ALTER TABLE "case_participant" ADD CONSTRAINT "FK_5331713e8cb1f9d3b8878b473cb" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_participant" ADD CONSTRAINT "FK_a8c3861be88f701d82783915649" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_participant" ADD CONSTRAINT "FK_f7917f10d98c70c63fb979c1f3e" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_reporter" ADD CONSTRAINT "FK_98eec6d386322866a13c175d20e" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

        // Who may never see or act on a case: its subjects, anyone who declared a conflict, and the secretary (head)
        // of a subject organisation. One definition, used by every query, the event path and the notifications.
        await queryRunner.query(`
          CREATE FUNCTION case_excludes(p_case uuid, p_user uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
              SELECT 1 FROM case_participant p
               WHERE p.case_id = p_case
                 AND ((p.relation IN ('SUBJECT', 'CONFLICT') AND p.user_id = p_user)
                   OR (p.relation = 'SUBJECT_ORGANISATION' AND EXISTS (
                         SELECT 1 FROM role_assignment ra
                          WHERE ra.unit_id = p.unit_id AND ra.user_id = p_user AND ra.role = 'SECRETARY'))))
          $$`);
        // Retention of reporters' identities after archive, per procedure: no legal value was found, so it is a
        // setting each committee fills in (an override); empty means "kept".
        await queryRunner.query(
          `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                   effective_from, legal_basis, source_ref, confidence, description)
           VALUES ('5d0c3f44-7c6e-4d55-9a61-2f1e6b7e1374', 'RETENTION.QUY_DINH_1374', NULL, 'MONTHS', 'NEXT_DAY',
                   'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01', 'Chưa tìm thấy quy định về thời hạn lưu danh tính người cung cấp thông tin',
                   'SETTING', 'NOT_FOUND', 'Thời hạn giữ danh tính người cung cấp thông tin sau khi lưu hồ sơ: cấp ủy tự đặt; để trống là giữ lại')`,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM legal_rule WHERE id = '5d0c3f44-7c6e-4d55-9a61-2f1e6b7e1374'`);
        await queryRunner.query(`DROP FUNCTION case_excludes(uuid, uuid)`);
        await queryRunner.query(`ALTER TABLE "case_reporter" DROP CONSTRAINT "FK_98eec6d386322866a13c175d20e"`);
        await queryRunner.query(`ALTER TABLE "case_participant" DROP CONSTRAINT "FK_f7917f10d98c70c63fb979c1f3e"`);
        await queryRunner.query(`ALTER TABLE "case_participant" DROP CONSTRAINT "FK_a8c3861be88f701d82783915649"`);
        await queryRunner.query(`ALTER TABLE "case_participant" DROP CONSTRAINT "FK_5331713e8cb1f9d3b8878b473cb"`);
        await queryRunner.query(`DROP TABLE "case_reporter"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_participant_case"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_participant_user"`);
        await queryRunner.query(`DROP INDEX "public"."uq_case_participant_user"`);
        await queryRunner.query(`DROP INDEX "public"."uq_case_participant_unit"`);
        await queryRunner.query(`DROP TABLE "case_participant"`);
    }

}
