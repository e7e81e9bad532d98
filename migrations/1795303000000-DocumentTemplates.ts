import { MigrationInterface, QueryRunner } from "typeorm";

// Word templates as data (docs/domain/document-templates.md): versioned rows that are never changed, and the case
// documents generated from them (a draft names its template; a signed copy names its draft). The default versions
// are loaded at start-up from libs/documents/templates (DefaultTemplatesLoader), not here.
export class DocumentTemplates1795303000000 implements MigrationInterface {
    name = 'DocumentTemplates1795303000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "document_template" ("id" uuid NOT NULL, "key" character varying(64) NOT NULL, "version" integer NOT NULL, "title" character varying(300) NOT NULL, "procedure_id" character varying(64) NOT NULL, "form_code" character varying(16) NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "org_unit_id" uuid, "reason" text, "content" bytea NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "basis" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_document_template_version" UNIQUE ("key", "version"), CONSTRAINT "pk_document_template" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_document_template_key" ON "document_template" ("key", "effective_from") `);
        await queryRunner.query(`ALTER TABLE "document_template" ADD CONSTRAINT "fk_document_template_unit" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // A version is a record: an edit adds a version, nothing is rewritten or removed.
        await queryRunner.query(`CREATE TRIGGER document_template_append_only BEFORE UPDATE OR DELETE ON document_template FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD "template_key" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD "template_version" integer`);
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD "signed_copy_of" uuid`);
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD CONSTRAINT "fk_case_attachment_signed_copy_of" FOREIGN KEY ("signed_copy_of") REFERENCES "case_attachment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP CONSTRAINT "fk_case_attachment_signed_copy_of"`);
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "signed_copy_of"`);
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "template_version"`);
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "template_key"`);
        await queryRunner.query(`DROP TRIGGER document_template_append_only ON document_template`);
        await queryRunner.query(`ALTER TABLE "document_template" DROP CONSTRAINT "fk_document_template_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_document_template_key"`);
        await queryRunner.query(`DROP TABLE "document_template"`);
    }

}
