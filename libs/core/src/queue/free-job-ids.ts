import type { JobsOptions, Queue } from 'bullmq';

export interface JobSpec {
  name: string;
  data: object;
  opts: JobsOptions & { jobId: string };
}

/**
 * Only the jobs whose deterministic id is free to be added again: BullMQ ignores `add` under an id it still holds, so
 * a job that failed (its retries spent, e.g. through a long database outage) or completed while its row stayed
 * pending would never run again. Such a job is removed first; a job still waiting, delayed or active is left alone
 * (its spec is dropped: it will run). The handlers re-read the database, so running a done row again does nothing.
 */
export async function freeJobIds<J extends { opts: { jobId: string } }>(queue: Pick<Queue, 'getJob'>, jobs: readonly J[]): Promise<J[]> {
  const free: J[] = [];
  for (const spec of jobs) {
    const job = await queue.getJob(spec.opts.jobId);
    if (job) {
      const state = await job.getState();
      if (state !== 'failed' && state !== 'completed') continue;
      await job.remove();
    }
    free.push(spec);
  }
  return free;
}
