import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseCommandService } from '@hoso/cases/services/case-command.service';
import { NotificationOutboxService } from '@hoso/deadlines/services/notification-outbox.service';
import type { FireJob } from './deadline-arming.service';

const REMIND_ROLES = ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE'];
const ESCALATE_ROLES = ['SECRETARY', 'STANDING_COMMITTEE_MEMBER'];

interface DeadlineRow {
  id: string;
  case_id: string;
  key: string;
  status: string;
  generation: number;
  due_at: Date | null;
  title: string;
  unit_path: string;
}

/**
 * One reminder or escalation. Reload; skip a job that is no longer current (deadline met, cancelled, superseded,
 * or its due moved); claim (deadline, generation, kind) with INSERT … ON CONFLICT DO NOTHING; only then act, in the
 * same transaction. A job delivered twice, or re-run after a crash, acts once.
 */
@Injectable()
export class DeadlineFireHandler {
  private readonly logger = new Logger('DeadlineFire');

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseCommandService,
    private readonly outbox: NotificationOutboxService,
  ) {}

  async handle(job: FireJob | { sentinel: true }): Promise<'DONE' | 'SKIPPED'> {
    if ('sentinel' in job) return 'SKIPPED';
    return this.dataSource.transaction(async (m) => {
      const rows: DeadlineRow[] = await m.query(
        `SELECT d.id, d.case_id, d.key, d.status, d.generation, d.due_at, c.title, ou.path AS unit_path
           FROM deadline d JOIN "case" c ON c.id = d.case_id JOIN org_unit ou ON ou.id = c.org_unit_id
          WHERE d.id = $1 FOR UPDATE OF d`,
        [job.deadlineId],
      );
      const d = rows[0];
      if (!d || d.status !== 'PENDING' || d.generation !== job.generation) return 'SKIPPED';
      if (!d.due_at || new Date(d.due_at).toISOString() !== job.dueAt) return 'SKIPPED';
      // TypeORM answers INSERT … RETURNING with the rows themselves.
      const claimed: unknown[] = await m.query(
        `INSERT INTO deadline_delivery (deadline_id, generation, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING kind`,
        [d.id, d.generation, job.kind],
      );
      if (claimed.length === 0) return 'SKIPPED';

      const escalate = job.kind === 'ESCALATE';
      const due = new Date(d.due_at).toISOString();
      const title = escalate ? `Quá hạn: ${d.title}` : job.kind === 'DUE_DAY' ? `Hôm nay đến hạn: ${d.title}` : `Sắp đến hạn: ${d.title}`;
      const body = `Thời hạn "${d.key}" (lần ${d.generation}) ${escalate ? 'đã hết' : 'hết'} vào ${due}.`;
      const created: { id: string; user_id: string }[] = await m.query(
        `INSERT INTO notification (id, user_id, case_id, kind, title, body, source_key)
         SELECT gen_random_uuid(), ra.user_id, $1, $2, $3, $4, $5
           FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id
          WHERE ra.role = ANY($6::text[]) AND left($7, length(ou.path)) = ou.path
          GROUP BY ra.user_id
         ON CONFLICT ON CONSTRAINT uq_notification_source DO NOTHING
         RETURNING id, user_id`,
        [d.case_id, job.kind, title, body, `dl-${d.id}-g${d.generation}-${job.kind}`, escalate ? ESCALATE_ROLES : REMIND_ROLES, d.unit_path],
      );
      // E-mail and webhook deliveries commit (or roll back) with the notifications; the relay sends them after.
      await this.outbox.addDeliveries(m, created);
      if (escalate) {
        await m.query(`UPDATE deadline SET status = 'MISSED', closed_at = now(), updated_at = now() WHERE id = $1`, [d.id]);
        // The machine decides what a missed deadline means for the case; it ignores a stale generation.
        const moved = await this.cases.sendAsSystem(m, d.case_id, 'DEADLINE_MISSED', { key: d.key, generation: d.generation });
        this.logger.log(`deadline ${d.key} of case ${d.case_id} missed (g${d.generation})${moved ? ` → ${moved.case.state}` : ''}`);
      }
      return 'DONE';
    });
  }
}
