import { MigrationInterface, QueryRunner } from "typeorm";

export class AttachmentRetention1795301400000 implements MigrationInterface {
    name = 'AttachmentRetention1795301400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_attachment" ADD "purged_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_attachment" DROP COLUMN "purged_at"`);
    }

}
