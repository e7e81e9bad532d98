import { MigrationInterface, QueryRunner } from "typeorm";

export class DeliveryPerDue1795301000000 implements MigrationInterface {
    name = 'DeliveryPerDue1795301000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Existing claims were made for their deadline's due at the time; the current due is the best record of it.
        await queryRunner.query(`ALTER TABLE "deadline_delivery" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(
            `UPDATE deadline_delivery dd SET due_at = COALESCE(d.due_at, dd.delivered_at) FROM deadline d WHERE d.id = dd.deadline_id`,
        );
        await queryRunner.query(`UPDATE deadline_delivery SET due_at = delivered_at WHERE due_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "deadline_delivery" ALTER COLUMN "due_at" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "deadline_delivery" DROP CONSTRAINT "PK_a33697621fe85eca7fb15ee4ada"`);
        await queryRunner.query(`ALTER TABLE "deadline_delivery" ADD CONSTRAINT "PK_9323562a5317af5a0d87a58acef" PRIMARY KEY ("generation", "kind", "deadline_id", "due_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deadline_delivery" DROP CONSTRAINT "PK_9323562a5317af5a0d87a58acef"`);
        // Keep one claim per (deadline, generation, kind): the latest due's.
        await queryRunner.query(
            `DELETE FROM deadline_delivery a USING deadline_delivery b
              WHERE a.deadline_id = b.deadline_id AND a.generation = b.generation AND a.kind = b.kind AND a.due_at < b.due_at`,
        );
        await queryRunner.query(`ALTER TABLE "deadline_delivery" ADD CONSTRAINT "PK_a33697621fe85eca7fb15ee4ada" PRIMARY KEY ("generation", "kind", "deadline_id")`);
        await queryRunner.query(`ALTER TABLE "deadline_delivery" DROP COLUMN "due_at"`);
    }

}
