import { MigrationInterface, QueryRunner } from "typeorm";

export class PeopleAndDossiers1795300500000 implements MigrationInterface {
    name = 'PeopleAndDossiers1795300500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_attachment" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "form_code" character varying(16) NOT NULL, "document_date" date NOT NULL, "author" character varying(200) NOT NULL, "stamped_across_pages" boolean NOT NULL DEFAULT false, "about_person" character varying(200), "file_name" character varying(200) NOT NULL, "media_type" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_986ce92847042b75efad5e39601" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_case_attachment_case" ON "case_attachment" ("case_id", "form_code") `);
        await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "date_of_birth" date NOT NULL, "org_unit_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'NON_MEMBER', "party_age_from" date, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_person_unit" ON "person" ("org_unit_id") `);
        await queryRunner.query(`CREATE TABLE "case_person" ("case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7020608512efbbfea9baef2ee43" PRIMARY KEY ("case_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_case_person_person" ON "case_person" ("person_id") `);
        await queryRunner.query(`CREATE TABLE "person_membership" ("id" BIGSERIAL NOT NULL, "person_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "on_date" date NOT NULL, "party_age_from" date, "case_id" uuid, "event_seq" integer, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e13c6636588221d9110c99e257" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_person_membership_person" ON "person_membership" ("person_id", "on_date") `);
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD CONSTRAINT "FK_3bc9a1faa22979a4bad5386ba67" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_561dc68ecb6c390578ec8744485" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_person" ADD CONSTRAINT "FK_7020608512efbbfea9baef2ee43" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_person" ADD CONSTRAINT "FK_58b64ea9144977bb55ee5a1b39b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person_membership" ADD CONSTRAINT "FK_1cf4999b702dd91d2e8544e66d7" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // A person's membership history and a case's documents are records: rows are added, never changed.
        await queryRunner.query(`CREATE TRIGGER person_membership_append_only BEFORE UPDATE OR DELETE ON person_membership FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER case_attachment_no_delete BEFORE DELETE ON case_attachment FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER case_attachment_no_delete ON case_attachment`);
        await queryRunner.query(`DROP TRIGGER person_membership_append_only ON person_membership`);
        await queryRunner.query(`ALTER TABLE "person_membership" DROP CONSTRAINT "FK_1cf4999b702dd91d2e8544e66d7"`);
        await queryRunner.query(`ALTER TABLE "case_person" DROP CONSTRAINT "FK_58b64ea9144977bb55ee5a1b39b"`);
        await queryRunner.query(`ALTER TABLE "case_person" DROP CONSTRAINT "FK_7020608512efbbfea9baef2ee43"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_561dc68ecb6c390578ec8744485"`);
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "FK_3bc9a1faa22979a4bad5386ba67"`);
        await queryRunner.query(`DROP INDEX "public"."ix_person_membership_person"`);
        await queryRunner.query(`DROP TABLE "person_membership"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_person_person"`);
        await queryRunner.query(`DROP TABLE "case_person"`);
        await queryRunner.query(`DROP INDEX "public"."ix_person_unit"`);
        await queryRunner.query(`DROP TABLE "person"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_attachment_case"`);
        await queryRunner.query(`DROP TABLE "case_attachment"`);
    }

}
