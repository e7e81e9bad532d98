import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log/audit-log.service';
import { DomainError, ErrorCode } from '../errors';
import { QueueBackend, type QueueBackendKind } from './queue-backend';
import { QueueName } from './queue-names';

/** A read of the queue's store may take this long; past it the answer is 503 QUEUE_UNAVAILABLE. */
export const QUEUE_READ_TIMEOUT_MS = 5000;
const RETRY_AFTER_SECONDS = 5;
/** How many failed jobs one step of "retry all" moves back to waiting (the store loops until none is left). */
const RETRY_ALL_BATCH = 1000;
const REASON_MAX = 500;

/**
 * The fields of job data that may be shown: what the jobs carry is ids and numbers only (`outboxId`, `deliveryId`,
 * `deadlineId` + `generation`, a bucket's `minute`, the deadline queue's `sentinel`). Anything else, or a value
 * that is not a number, a boolean or a UUID, is left out, whatever a job was given.
 */
const SHOWN_DATA_FIELDS = new Set(['outboxId', 'deliveryId', 'deadlineId', 'generation', 'minute', 'sentinel']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[^\s<>()"',;:@]+/g;

export type JobDataValue = string | number | boolean;

export interface QueueCounts {
  name: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

export interface FailedJob {
  id: string;
  name: string;
  attemptsMade: number;
  maxAttempts: number;
  failedReason: string;
  createdAt: string;
  processedAt: string | null;
  failedAt: string | null;
  data: Record<string, JobDataValue>;
}

/** The queue named `value`, or 404 QUEUE_NOT_FOUND: only the queues of QueueName exist. */
export function queueNamed(value: string): QueueName {
  const name = Object.values(QueueName).find((n) => n === value);
  if (!name) throw new DomainError(ErrorCode.QUEUE_NOT_FOUND, { queue: value.slice(0, 100) });
  return name;
}

/** Job data as an administrator may see it: ids and numbers of the known fields only (see SHOWN_DATA_FIELDS). */
export function shownJobData(data: unknown): Record<string, JobDataValue> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const shown: Record<string, JobDataValue> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!SHOWN_DATA_FIELDS.has(key)) continue;
    if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' || (typeof value === 'string' && UUID.test(value))) shown[key] = value;
  }
  return shown;
}

/** The error a job failed with, first line only, e-mail addresses masked (an SMTP server may echo one), bounded. */
export function shownFailedReason(reason: string | undefined): string {
  const line = (reason ?? '').split('\n')[0].replace(EMAIL, '[e-mail]');
  return line.length > REASON_MAX ? `${line.slice(0, REASON_MAX - 1)}…` : line;
}

function iso(ms: number | undefined): string | null {
  return typeof ms === 'number' && ms > 0 ? new Date(ms).toISOString() : null;
}

/**
 * The queues as an operator sees them, on either backend: counts per state, the failed jobs, and a retry (one job or
 * all failed jobs of a queue) written to the audit log with its reason. Reads are bounded: the jobs' Redis client
 * waits forever for a store that is down, a person should not. A retry is sent only once the store has answered the
 * read before it, and is audited once the store has taken it.
 */
@Injectable()
export class QueueAdminService {
  constructor(
    private readonly queues: QueueBackend,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  get backend(): QueueBackendKind {
    return this.queues.kind;
  }

  async overview(): Promise<{ backend: QueueBackendKind; queues: QueueCounts[] }> {
    const queues = await Promise.all(
      Object.values(QueueName).map(async (name) => {
        const c = await this.read(this.queues.queue(name).then((q) => q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed')));
        // A job with a priority is waiting all the same.
        return { name, waiting: c.waiting + c.prioritized, active: c.active, delayed: c.delayed, failed: c.failed, completed: c.completed };
      }),
    );
    return { backend: this.queues.kind, queues };
  }

  /** The failed jobs of a queue, the most recent failure first. */
  async failed(name: QueueName, page: number, pageSize: number) {
    const start = (page - 1) * pageSize;
    const [total, jobs] = await this.read(
      this.queues.queue(name).then((q) => Promise.all([q.getFailedCount(), q.getFailed(start, start + pageSize - 1)])),
    );
    // A job removed between the two reads comes back empty.
    const items = jobs.filter((j): j is Job => !!j).map((j) => this.failedJob(j));
    return { queue: name, items, page, pageSize, total };
  }

  /** Moves one failed job back to waiting: it gets one more attempt. */
  async retry(actorId: string, name: QueueName, jobId: string, reason: string): Promise<{ queue: QueueName; jobId: string }> {
    const job = await this.read(this.queues.queue(name).then((q) => q.getJob(jobId)));
    if (!job) throw new DomainError(ErrorCode.QUEUE_JOB_NOT_FOUND, { queue: name, jobId });
    const state = await this.read(job.getState());
    if (state !== 'failed') throw new DomainError(ErrorCode.QUEUE_JOB_NOT_FAILED, { queue: name, jobId, state });
    try {
      await job.retry('failed');
    } catch (err) {
      // Retried (or removed) by someone else between the read and now.
      if ((await this.read(job.getState())) !== 'failed') throw new DomainError(ErrorCode.QUEUE_JOB_NOT_FAILED, { queue: name, jobId });
      throw err;
    }
    await this.audit.record(this.dataSource.manager, actorId, 'QUEUE_JOB_RETRIED', reason, { queue: name, jobId, jobName: job.name });
    return { queue: name, jobId };
  }

  /** Moves every failed job of a queue back to waiting; answers how many were failed when asked (0: nothing done). */
  async retryAll(actorId: string, name: QueueName, reason: string): Promise<{ queue: QueueName; retried: number }> {
    const queue = await this.read(this.queues.queue(name));
    const failed = await this.read(queue.getFailedCount());
    if (failed === 0) return { queue: name, retried: 0 };
    await queue.retryJobs({ state: 'failed', count: RETRY_ALL_BATCH });
    await this.audit.record(this.dataSource.manager, actorId, 'QUEUE_FAILED_JOBS_RETRIED', reason, { queue: name, count: failed });
    return { queue: name, retried: failed };
  }

  private failedJob(job: Job): FailedJob {
    return {
      id: String(job.id),
      name: job.name,
      attemptsMade: job.attemptsMade,
      maxAttempts: job.opts.attempts ?? 1,
      failedReason: shownFailedReason(job.failedReason),
      createdAt: new Date(job.timestamp).toISOString(),
      processedAt: iso(job.processedOn),
      failedAt: iso(job.finishedOn),
      data: shownJobData(job.data),
    };
  }

  /** `work`, or 503 QUEUE_UNAVAILABLE when the store has not answered within QUEUE_READ_TIMEOUT_MS. */
  private read<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DomainError(ErrorCode.QUEUE_UNAVAILABLE, { retryAfterSeconds: RETRY_AFTER_SECONDS })), QUEUE_READ_TIMEOUT_MS);
    });
    // A late answer (or a late refusal) of `work` is dropped, not left unhandled.
    work.catch(() => undefined);
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }
}
