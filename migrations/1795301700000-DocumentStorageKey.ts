import { MigrationInterface, QueryRunner } from "typeorm";

export class DocumentStorageKey1795301700000 implements MigrationInterface {
    name = 'DocumentStorageKey1795301700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD "storage_key" character varying(200)`);
        await queryRunner.query(`ALTER TABLE "case_attachment" ALTER COLUMN "media_type" TYPE character varying(100)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_attachment" ALTER COLUMN "media_type" TYPE character varying(64)`);
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "storage_key"`);
    }

}
