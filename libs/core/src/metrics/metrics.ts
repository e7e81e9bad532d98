import { timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's metrics, one registry per process (the embedded default runs API and worker together, so both
 * kinds appear on its /metrics). Label values are bounded: route templates, procedure and event names, never ids.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'hoso_process_' });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency by method, route template and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const caseTransitions = new Counter({
  name: 'hoso_case_transitions_total',
  help: 'Events applied to cases (outcome applied) or lost to a concurrent writer (outcome conflict)',
  labelNames: ['procedure', 'event', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const deadlineFiringLag = new Histogram({
  name: 'hoso_deadline_firing_lag_seconds',
  help: 'How late a minute of deadline firings was handled, after its minute',
  buckets: [1, 5, 15, 30, 60, 120, 300, 900, 3600],
  registers: [metricsRegistry],
});

export const deadlineNotices = new Counter({
  name: 'hoso_deadline_notices_total',
  help: 'Deadline firings notified, by kind (reminder or escalation)',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});

export const outboxBacklog = new Gauge({
  name: 'hoso_outbox_backlog',
  help: 'Outbox messages not yet delivered (PENDING or QUEUED), read at scrape time',
  registers: [metricsRegistry],
});

export const outboxOldestSeconds = new Gauge({
  name: 'hoso_outbox_oldest_pending_seconds',
  help: 'Age of the oldest undelivered outbox message (0 when none), read at scrape time',
  registers: [metricsRegistry],
});

export const queueJobs = new Gauge({
  name: 'hoso_queue_jobs',
  help: 'Jobs per queue and state (waiting, active, delayed, failed), read at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
});

export const scrapeErrors = new Counter({
  name: 'hoso_metrics_scrape_errors_total',
  help: 'Scrape-time readings that failed (database or queue unreachable), by source',
  labelNames: ['source'] as const,
  registers: [metricsRegistry],
});

/** True when the Authorization header carries the metrics token (compared in constant time). */
export function metricsAuthorized(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
