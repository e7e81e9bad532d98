// The steady load: clients walking 1374 cases over HTTP, every command with its own Idempotency-Key, retried with
// the same key (and the same body) until the API acknowledges it (2xx), through every fault. Three kinds of walk:
//  - D: a press item published 60 days ago, up to REQUEST_EXPLANATION: its deadline is overdue at once, so its
//       reminders and escalation fall due now and the worker sends DEADLINE_MISSED;
//  - S: the same, published now (due in 10 working days): kept for the firing storm, which moves them due;
//  - O: a citizen petition assigned to the ward, reported back, concluded, notified and archived: outbox messages.
import { randomUUID } from 'node:crypto';
import { sleep } from './cluster';
import type { Answer, HttpClient } from './http-client';
import type { FaultOrg, Who } from './org';

export type Flow = 'D' | 'S' | 'O';

/** A command the API acknowledged: where its event landed, and the request, to replay it with the same key. */
export interface Ack {
  key: string;
  caseId: string;
  type: string;
  seq: number;
  who: Who;
  status: number;
  path: string;
  body: unknown;
}

interface Step {
  who: Who;
  type: string;
  payload?: Record<string, unknown>;
}

const DAY = 86_400_000;
const CLASSIFY = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };
const RETRY_FOR_MS = 180_000;

function input(flow: Flow, title: string): Record<string, unknown> {
  const now = Date.now();
  if (flow === 'O') {
    return { title, source: 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', channel: 'LETTER', summary: 'Đơn phản ánh cán bộ.', receivedAt: new Date(now - DAY).toISOString() };
  }
  const published = new Date(flow === 'D' ? now - 60 * DAY : now - 3_600_000);
  return {
    title, source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Kiểm Thử', summary: 'Báo nêu dấu hiệu suy thoái.',
    publishedAt: published.toISOString(), receivedAt: new Date(published.getTime() + 600_000).toISOString(),
  };
}

function steps(flow: Flow, org: FaultOrg): Step[] {
  const screen: Step[] = [{ who: 'taskForce', type: 'START_SCREENING' }, { who: 'taskForce', type: 'CLASSIFY', payload: CLASSIFY }];
  if (flow !== 'O') return [...screen, { who: 'office', type: 'REQUEST_EXPLANATION' }];
  return [
    ...screen,
    { who: 'secretary', type: 'ASSIGN_TO_UNIT', payload: { unitId: org.wardId, instructions: 'Báo cáo kết quả trong 15 ngày.' } },
    { who: 'ward', type: 'RETURN_TO_TASK_FORCE', payload: { handlingReport: { summary: 'Đã kiểm điểm cán bộ và báo cáo.', documentRef: '12-BC/ĐU' } } },
    { who: 'standing', type: 'CONCLUDE', payload: { finding: 'PARTLY_FOUNDED', summary: 'Có cơ sở một phần.', measures: { party: ['Kiểm điểm'], government: [], massOrganisation: [] } } },
    { who: 'office', type: 'NOTIFY', payload: { audiences: ['REPORTER', 'TASK_FORCE'], summary: 'Thông báo kết quả giải quyết.' } },
    { who: 'office', type: 'ARCHIVE' },
  ];
}

export class Load {
  readonly acks: Ack[] = [];
  /** Answers that were neither 2xx nor worth retrying (4xx), and commands never acknowledged within RETRY_FOR_MS. */
  readonly refused: string[] = [];
  readonly unacked: string[] = [];
  /** Cases of each walk completed (their last command acknowledged). */
  readonly done: Record<Flow, string[]> = { D: [], S: [], O: [] };
  retries = 0;
  private running: Promise<void>[] = [];
  private stopping = false;
  private aborted = false;
  private walks = 0;
  private stormInFlight = 0;

  constructor(
    private readonly http: HttpClient,
    readonly org: FaultOrg,
    private readonly runTag: string,
    /** S cases to keep for the firing storm. */
    private readonly stormQuota: number,
  ) {}

  /** Starts `clients` clients; each walks cases until stop(). `only` restricts the walks (e.g. to fill the storm quota). */
  start(clients: number, only?: Flow): void {
    this.stopping = false;
    for (let i = 0; i < clients; i++) this.running.push(this.client(only));
  }

  /** Clients finish the command in hand (retrying until it is acknowledged), then stop. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
    this.running = [];
  }

  /** The exit path: every command in hand gives up at once. */
  abort(): void {
    this.stopping = true;
    this.aborted = true;
  }

  get stormShort(): number {
    return Math.max(0, this.stormQuota - this.done.S.length);
  }

  /** S walks only, until the storm has its quota of cases. */
  async fillStormQuota(clients: number): Promise<void> {
    if (this.stormShort === 0) return;
    this.start(clients, 'S');
    while (this.stormShort > 0 && !this.aborted && this.refused.length + this.unacked.length === 0) await sleep(200);
    await this.stop();
  }

  private pick(only?: Flow): Flow {
    if (only === 'S') return this.stormQuota - this.done.S.length - this.stormInFlight > 0 ? 'S' : 'D';
    const cycle: Flow[] = this.done.S.length + this.stormInFlight < this.stormQuota ? ['S', 'D', 'S', 'O'] : ['D', 'O'];
    return cycle[this.walks++ % cycle.length];
  }

  private async client(only?: Flow): Promise<void> {
    while (!this.stopping) {
      const flow = this.pick(only);
      if (flow === 'S') this.stormInFlight++;
      try {
        await this.walk(flow);
      } finally {
        if (flow === 'S') this.stormInFlight--;
      }
      if (only === 'S' && this.stormShort === 0) return;
    }
  }

  private async walk(flow: Flow): Promise<void> {
    const title = `faults ${flow} ${this.runTag} ${randomUUID()}`;
    const created = await this.command('taskForce', '/cases', { procedureId: 'quy-dinh-1374', orgUnitId: this.org.cityId, input: input(flow, title) }, 'CREATE');
    if (!created) return;
    const caseId = created.body.case.id as string;
    let version = created.body.case.version as number;
    for (const s of steps(flow, this.org)) {
      if (this.stopping) return;
      const body = { type: s.type, expectedVersion: version, ...(s.payload ? { payload: s.payload } : {}) };
      const res = await this.command(s.who, `/cases/${caseId}/events`, body, s.type);
      if (!res) return;
      version = res.body.case.version as number;
    }
    this.done[flow].push(caseId);
  }

  /** One command, acknowledged or given up: retried with the same key on a network error or a 5xx. */
  private async command(who: Who, path: string, body: Record<string, unknown>, type: string): Promise<Answer | undefined> {
    const key = `${this.runTag}-${randomUUID()}`;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (this.aborted) return undefined;
      if (attempt > 0) {
        this.retries++;
        await sleep(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)));
      }
      let res: Answer;
      try {
        res = await this.http.call('POST', path, { token: this.org.tokens[who], body, headers: { 'idempotency-key': key } });
      } catch {
        if (Date.now() - started < RETRY_FOR_MS) continue;
        this.unacked.push(`${type} ${path}: no answer for ${RETRY_FOR_MS / 1000} s`);
        return undefined;
      }
      if (res.status >= 200 && res.status < 300) {
        this.acks.push({ key, caseId: res.body.case.id, type, seq: res.body.event.seq, who, status: res.status, path, body });
        return res;
      }
      if (res.status >= 500 && Date.now() - started < RETRY_FOR_MS) continue;
      (res.status >= 500 ? this.unacked : this.refused).push(`${type} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      return undefined;
    }
  }

  /**
   * Sends `n` acknowledged commands again, same key and body: each must get its first answer back (same status,
   * case and event), and nothing new is written. Answers the mismatches.
   */
  async replay(n: number): Promise<{ replayed: number; mismatches: string[] }> {
    const mismatches: string[] = [];
    const sample = [...this.acks].sort(() => Math.random() - 0.5).slice(0, n);
    for (const a of sample) {
      const res = await this.http.call('POST', a.path, { token: this.org.tokens[a.who], body: a.body, headers: { 'idempotency-key': a.key } });
      const same = res.status === a.status && res.body?.case?.id === a.caseId && res.body?.event?.seq === a.seq;
      if (!same) mismatches.push(`${a.type} on ${a.caseId} (key ${a.key}): first ${a.status} seq ${a.seq}, replay ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
    }
    return { replayed: sample.length, mismatches };
  }
}
