import type { DataSource, EntityManager } from 'typeorm';
import type { NewNotification, NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import type { AudienceHolder, AudienceRole, ClaimedMessage, OutboxRepository } from '../repositories/outbox.repository';
import { DeliverMessageJob } from './deliver-message.job';

type Status = 'PENDING' | 'QUEUED' | 'DONE';
interface Row extends ClaimedMessage { status: Status; attempts: number; manual: string[] }
type Holder = Omit<AudienceHolder, 'audience' | 'case_title'> & { unit: string; role: string };

/** An in-memory `outbox_message` and the role holders of its case's units: a claim takes a row out of PENDING/QUEUED once. */
class FakeOutbox implements Pick<OutboxRepository, 'claimForDelivery' | 'holders' | 'addManualAudiences'> {
  readonly rows = new Map<string, Row>();
  people: Holder[] = [];
  claims = 0;

  add(id: string, status: Status, audiences: string[], manual: string[] = []): Row {
    const row: Row = { id, type: 'notify', payload: { template: '1374.assigned', audiences, caseId: 'case-1' }, status, attempts: 0, manual };
    this.rows.set(id, row);
    return row;
  }

  async claimForDelivery(_m: EntityManager, id: string, attempt: number): Promise<ClaimedMessage | undefined> {
    const row = this.rows.get(id);
    if (!row || (row.status !== 'PENDING' && row.status !== 'QUEUED')) return undefined;
    this.claims++;
    row.status = 'DONE';
    row.attempts = attempt;
    return { id: row.id, type: row.type, payload: row.payload };
  }

  async holders(_m: EntityManager, _caseId: string, wanted: readonly AudienceRole[]): Promise<AudienceHolder[]> {
    return wanted.flatMap((w) =>
      this.people.filter((p) => p.unit === w.unit && p.role === w.role).map((p) => ({ audience: w.audience, user_id: p.user_id, excluded: p.excluded, case_title: 'Phản ánh cán bộ X' })),
    );
  }

  async addManualAudiences(_m: EntityManager, id: string, audiences: readonly string[]): Promise<void> {
    this.rows.get(id)!.manual.push(...audiences);
  }
}

/** Keeps notifications like `uq_notification_source`: one per user and source key. */
class FakeNotifications implements Pick<NotificationOutboxService, 'addMany'> {
  readonly written: NewNotification[] = [];
  async addMany(_m: EntityManager, notices: readonly NewNotification[]) {
    const created = notices.filter((n) => !this.written.some((w) => w.userId === n.userId && w.sourceKey === n.sourceKey));
    this.written.push(...created);
    return created.map((n, i) => ({ id: `n${i}`, user_id: n.userId }));
  }
}

const fakeDataSource = { transaction: (fn: (m: EntityManager) => Promise<unknown>) => fn({} as EntityManager) } as unknown as DataSource;

describe('DeliverMessageJob', () => {
  let outbox: FakeOutbox;
  let notifications: FakeNotifications;
  let job: DeliverMessageJob;

  beforeEach(() => {
    outbox = new FakeOutbox();
    notifications = new FakeNotifications();
    job = new DeliverMessageJob(fakeDataSource, outbox as unknown as OutboxRepository, notifications as unknown as NotificationOutboxService);
    outbox.people = [
      { user_id: 'secretary', unit: 'HANDLING_UNIT', role: 'SECRETARY', excluded: false },
      { user_id: 'officer', unit: 'HANDLING_UNIT', role: 'TASK_FORCE_OFFICER', excluded: false },
      // One person with two roles on the unit, and the task force above: told once.
      { user_id: 'both', unit: 'HANDLING_UNIT', role: 'COMMITTEE_OFFICE', excluded: false },
      { user_id: 'both', unit: 'HANDLING_UNIT', role: 'TASK_FORCE_OFFICER', excluded: false },
      { user_id: 'both', unit: 'UNIT_AND_ABOVE', role: 'TASK_FORCE_OFFICER', excluded: false },
      { user_id: 'subject', unit: 'HANDLING_UNIT', role: 'TASK_FORCE_OFFICER', excluded: true },
      { user_id: 'upper', unit: 'PARENT_UNIT', role: 'STANDING_COMMITTEE_MEMBER', excluded: false },
    ];
  });

  it.each(['PENDING', 'QUEUED'] as const)('tells each holder of the unit roles once about a %s message, in Vietnamese', async (status) => {
    const row = outbox.add('41', status, ['UNIT', 'TASK_FORCE']);

    expect(await job.handle({ outboxId: '41' }, 3)).toBe('DONE');

    expect(row).toMatchObject({ status: 'DONE', attempts: 3, manual: [] });
    expect(notifications.written.map((n) => n.userId).sort()).toEqual(['both', 'officer', 'secretary']);
    expect(notifications.written[0]).toMatchObject({
      caseId: 'case-1',
      kind: '1374.assigned',
      title: 'Được giao giải quyết: Phản ánh cán bộ X',
      sourceKey: 'outbox-41',
    });
    expect(notifications.written[0].body).toMatch(/báo cáo kết quả/);
  });

  it('never tells a person the case excludes', async () => {
    outbox.add('44', 'QUEUED', ['UNIT']);
    await job.handle({ outboxId: '44' }, 1);
    expect(notifications.written.map((n) => n.userId)).not.toContain('subject');
  });

  it('leaves an audience nobody holds the roles of (no secretary or office above) to be sent by hand', async () => {
    const row = outbox.add('45', 'PENDING', ['UNIT', 'UPPER_COMMITTEE', 'REPORTER'], ['REPORTER']);

    expect(await job.handle({ outboxId: '45' }, 1)).toBe('DONE');

    expect(row.manual).toEqual(['REPORTER', 'UPPER_COMMITTEE']);
    expect(notifications.written.map((n) => n.userId)).not.toContain('upper');
  });

  it('does nothing once another delivery has claimed the message', async () => {
    const row = outbox.add('42', 'DONE', ['UNIT']);
    row.attempts = 1;

    expect(await job.handle({ outboxId: '42' }, 2)).toBe('SKIPPED');

    expect(row).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(notifications.written).toEqual([]);
  });

  it.each(['999999999', 'abc', '1; DROP TABLE x'])('skips a message that does not exist (%s)', async (id) => {
    expect(await job.handle({ outboxId: id }, 1)).toBe('SKIPPED');
    expect(notifications.written).toEqual([]);
  });

  it('tells nobody twice when its job is delivered twice', async () => {
    const row = outbox.add('43', 'QUEUED', ['UNIT']);

    const results = await Promise.all([job.handle({ outboxId: '43' }, 1), job.handle({ outboxId: '43' }, 1)]);
    expect(await job.handle({ outboxId: '43' }, 2)).toBe('SKIPPED');

    expect([...results].sort()).toEqual(['DONE', 'SKIPPED']);
    expect(outbox.claims).toBe(1);
    expect(row).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(notifications.written).toHaveLength(3);
  });
});
