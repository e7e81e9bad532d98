import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlineBuckets1795300600000 implements MigrationInterface {
    name = 'DeadlineBuckets1795300600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "deadline_firing" ("deadline_id" uuid NOT NULL, "generation" integer NOT NULL, "kind" character varying(24) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fire_at" TIMESTAMP WITH TIME ZONE NOT NULL, "bucket" integer NOT NULL, CONSTRAINT "PK_27504dbdfa19c7f4f5423568717" PRIMARY KEY ("deadline_id", "generation", "kind"))`);
        await queryRunner.query(`CREATE INDEX "ix_deadline_firing_bucket" ON "deadline_firing" ("bucket") `);
        await queryRunner.query(`CREATE TABLE "deadline_missed_event" ("deadline_id" uuid NOT NULL, "generation" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_018aa27c70e2bb09754609ad809" PRIMARY KEY ("deadline_id", "generation"))`);
        // Open deadlines were armed as per-deadline jobs: the worker plans them again, into deadline_firing.
        await queryRunner.query(`UPDATE "deadline" SET "armed_generation" = NULL WHERE "armed_generation" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // The previous worker arms each open deadline's jobs again.
        await queryRunner.query(`UPDATE "deadline" SET "armed_generation" = NULL WHERE "armed_generation" IS NOT NULL`);
        await queryRunner.query(`DROP TABLE "deadline_missed_event"`);
        await queryRunner.query(`DROP INDEX "public"."ix_deadline_firing_bucket"`);
        await queryRunner.query(`DROP TABLE "deadline_firing"`);
    }

}
