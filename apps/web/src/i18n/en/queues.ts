import type { Messages } from '../types';
import type vi from '../vi/queues';

const queues: Messages<typeof vi> = {
  title: 'Queues',
  intro:
    'The background job queues (notifications, deadlines, audit). A failed job that has used up its attempts stays here until it is retried or its retention runs out; every retry is written to the audit log with its reason.',
  backend: 'Queue store: {{backend}}',
  backends: { redis: 'Redis', postgres: 'PostgreSQL' },
  refresh: 'Refresh',
  names: {
    outbox: 'Case notices',
    deadlines: 'Deadlines and reminders',
    notifications: 'Notification delivery (e-mail, webhook)',
    audit: 'Audit and periodic clean-up',
  },
  columns: {
    queue: 'Queue',
    waiting: 'Waiting',
    active: 'Running',
    delayed: 'Scheduled',
    failed: 'Failed',
    completed: 'Done',
  },
  showFailed: 'Show failed jobs',
  showFailedOf: 'Show the failed jobs of queue {{queue}}',
  failedTitle: 'Failed jobs – {{queue}}',
  failedTotal: '{{count}} failed jobs',
  noFailed: 'This queue has no failed job.',
  job: {
    id: 'Job id',
    name: 'Kind',
    attempts: 'Runs / maximum',
    attemptsValue: '{{made}} / {{max}}',
    reason: 'Last error',
    failedAt: 'Failed at',
    data: 'Related ids',
  },
  retry: {
    one: 'Retry',
    oneFor: 'Retry job {{id}}',
    all: 'Retry all',
    oneTitle: 'Retry job {{id}}',
    allTitle: 'Retry every failed job of queue {{queue}}',
    explainOne: 'The job goes back to the waiting list and gets one more attempt. Make sure the cause of the failure has been fixed.',
    explainAll: 'Every failed job of this queue ({{count}}) goes back to the waiting list and gets one more attempt. Make sure the cause of the failure has been fixed.',
    doneOne: 'Job {{id}} is waiting to run again.',
    doneAll: '{{count}} jobs are waiting to run again.',
    nothing: 'No failed job was left to retry.',
  },
};

export default queues;
