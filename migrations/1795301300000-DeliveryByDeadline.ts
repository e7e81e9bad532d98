import { MigrationInterface, QueryRunner } from "typeorm";

export class DeliveryByDeadline1795301300000 implements MigrationInterface {
    name = 'DeliveryByDeadline1795301300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_deadline_delivery_deadline" ON "deadline_delivery" ("deadline_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_deadline_delivery_deadline"`);
    }

}
