// Quy định 1374 as dated data (../shared/domain/changes-2026.md §3.5, §3.6, §3.11, K25), both machine versions: the
// sources list, the handling clock of sources 1–3, the clear-violation maximum, the press clock from publication and
// no forwarding up without a handling report.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { EventFacts } from '../shared/facts';
import type { MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { VIETNAMESE } from '../shared/vietnamese';
import { ForwardPayload, type Source } from './quy-dinh-1374.events';
import type { Context1374 } from './quy-dinh-1374.machine';
import { quyDinh1374V1, quyDinh1374V2 } from './quy-dinh-1374.procedure';

const RECEIVED_AT = '2025-08-04T02:00:00.000Z';
const PUBLISHED_AT = '2025-08-01T01:00:00.000Z';
const at = (i: number) => new Date(Date.parse('2025-08-05T03:00:00.000Z') + i * 86_400_000).toISOString();
const SOURCES = ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'];
const sourcesFacts = (items: string[] | null = SOURCES): EventFacts => ({
  ruleValues: { 'A.SOURCES': items === null ? null : { ruleId: 'r', value: null, data: { items }, unit: 'LIST', legalBasis: 'Quy định 1374-QĐ/TU', confidence: 'STATED' } },
});
const registration = (source: Source, extra: Record<string, unknown> = {}) => ({
  title: 'Phản ánh cán bộ phường có biểu hiện suy thoái',
  source,
  channel: source === 'PRESS' ? 'PUBLICATION' : 'LETTER',
  summary: 'Nội dung phản ánh cụ thể.',
  receivedAt: RECEIVED_AT,
  ...(source === 'PRESS' ? { publishedAt: PUBLISHED_AT } : {}),
  ...extra,
});
const classify = (managedBy = 'RECEIVING_COMMITTEE') => ({ infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty: true, managedBy } });
const REPORT = { summary: 'Đơn vị đã xác minh, xử lý và báo cáo kết quả.', documentRef: '05-BC/ĐU' };
const CONCLUDE = { finding: 'PARTLY_FOUNDED', summary: 'Kết luận có cơ sở một phần.', measures: { party: ['Kiểm điểm'], government: [], massOrganisation: [] } };
type S = [type: string, payload?: unknown, facts?: EventFacts];

describe.each<[string, ProcedureDefinition]>([
  ['version 1', quyDinh1374V1],
  ['version 2', quyDinh1374V2],
])('Quy định 1374 %s', (_v, def) => {
  const event = ([type, payload, facts]: S, i: number): MachineEvent => ({
    type, payload: payload ?? {}, actorId: 'u1', occurredAt: at(i), ...(facts ? { facts } : type === 'START_SCREENING' ? { facts: sourcesFacts() } : {}),
  });
  function reach(input: unknown, steps: S[]): StepResult {
    let r = startCase(def, input);
    steps.forEach((s, i) => {
      const o = applyEvent(def, r.snapshot, event(s, i));
      if (o.kind !== 'taken') throw new Error(`${s[0]} from ${r.state}: ${JSON.stringify(o)}`);
      r = o;
    });
    return r;
  }
  const attempt = (from: StepResult, s: S, i = 30): StepOutcome => applyEvent(def, from.snapshot, event(s, i));
  const refusal = (from: StepResult, s: S, i = 30): string => {
    const o = attempt(from, s, i);
    return o.kind === 'guard-refused' ? refusalReasons(def, from.snapshot, event(s, i), o.guards).join(' ') : o.kind;
  };
  const deadlines = (r: StepResult) => r.effects.filter((e) => /Deadline/.test(e.type)).map((e) => ({ type: e.type, ...(e.params as object) }));
  const screened = (source: Source, managedBy?: string) => reach(registration(source), [['START_SCREENING'], ['CLASSIFY', classify(managedBy)]]);

  describe('A.SOURCES (K25): the sources in force', () => {
    it('screening starts only for a source the list in force names', () => {
      const received = startCase(def, registration('VOTER'));
      expect(attempt(received, ['START_SCREENING']).kind).toBe('taken');
      expect(attempt(received, ['START_SCREENING', {}, sourcesFacts(['PRESS'])])).toMatchObject({ kind: 'guard-refused', guards: ['sourceListed'] });
      expect(attempt(received, ['START_SCREENING', {}, sourcesFacts(['ELECTED_BODY', 'PRESS'])])).toMatchObject({ kind: 'guard-refused', guards: ['sourceListed'] });
      const noList: S = ['START_SCREENING', {}, sourcesFacts(null)];
      expect(attempt(received, noList)).toMatchObject({ kind: 'guard-refused', guards: ['sourceListed'] });
      expect(refusal(received, noList)).toContain('A.SOURCES');
      expect(refusal(received, noList)).toMatch(VIETNAMESE);
    });
  });

  describe('A.OTHER_SOURCES_HANDLING (§3.5): sources 1–3 have a clock a committee can set', () => {
    it.each<Source>(['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION'])('%s: scheduled at receipt', (source) => {
      expect(deadlines(startCase(def, registration(source)))).toEqual([
        { type: 'scheduleDeadline', key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', startAt: RECEIVED_AT },
      ]);
      expect((startCase(def, registration(source)).snapshot.context as Context1374).deadlineGenerations).toEqual({ handling: 1 });
    });

    it('the press has its own chain: no handling clock', () => {
      expect(deadlines(startCase(def, registration('PRESS')))).toEqual([]);
    });

    it.each<[string, S[]]>([
      ['closed for lack of basis', [['CLOSE_NO_BASIS', { reason: 'Không có cơ sở xem xét.' }]]],
      ['forwarded to a state body', [['FORWARD', { target: 'STATE_BODY', bodyName: 'UBND phường' }]]],
      ['moved to inspection', [['MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm.' }]]],
      ['concluded after the unit’s report', [['ASSIGN_TO_UNIT', { unitId: '3f2b9c1e-6d4a-4e8b-9a7c-2d5e8f1a0b3c' }], ['RETURN_TO_TASK_FORCE', { handlingReport: REPORT }], ['CONCLUDE', CONCLUDE]]],
    ])('met when the case is %s (assigning it to a unit does not meet it)', (_n, tail) => {
      const r = reach(registration('VOTER'), [['START_SCREENING'], ['CLASSIFY', classify()], ...tail]);
      expect(deadlines(r)).toEqual([{ type: 'markDeadlineMet', key: 'handling', at: at(1 + tail.length) }]);
      if (tail[0][0] === 'ASSIGN_TO_UNIT') expect(deadlines(reach(registration('VOTER'), [['START_SCREENING'], ['CLASSIFY', classify()], tail[0]]))).toEqual([]);
    });

    it('a missed handling deadline (set by hand) is recorded; a stale generation is refused', () => {
      const here = screened('VOTER');
      const missed = attempt(here, ['DEADLINE_MISSED', { key: 'handling', generation: 1 }]);
      expect(missed).toMatchObject({ kind: 'taken', state: 'screening.classified' });
      expect(((missed as StepResult).snapshot.context as Context1374).overdue).toEqual({ handling: true });
      expect(attempt(here, ['DEADLINE_MISSED', { key: 'handling', generation: 2 }])).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
      // A press case has no such deadline.
      expect(attempt(screened('PRESS'), ['DEADLINE_MISSED', { key: 'handling', generation: 1 }])).toMatchObject({ kind: 'guard-refused' });
    });
  });

  describe('press: explanation, proposal, direction, and the clear-violation maximum (A.CLEAR_VIOLATION_MAX)', () => {
    const DIRECTED: S[] = [
      ['START_SCREENING'], ['CLASSIFY', classify()], ['REQUEST_EXPLANATION'],
      ['RECORD_EXPLANATION', { receivedAt: '2025-08-08T02:00:00.000Z', summary: 'Báo cáo giải trình.' }],
      ['PROPOSE_METHOD', { proposal: 'Đề xuất giao đơn vị xem xét.' }],
    ];

    it('the explanation clock starts at publication, never at receipt', () => {
      const requested = reach(registration('PRESS'), DIRECTED.slice(0, 3));
      expect(deadlines(requested)).toEqual([{ type: 'scheduleDeadline', key: 'explanation', ruleKey: 'A.PRESS_EXPLAIN', startAt: PUBLISHED_AT }]);
    });

    it('a press item without its publication date (a case stored before it was required) is refused the explanation: no silent fallback', () => {
      const stored = screened('PRESS');
      const context = { ...(stored.snapshot.context as Context1374) };
      context.registration = { ...context.registration, publishedAt: undefined };
      const withoutDate = { ...stored, snapshot: { ...stored.snapshot, context } };
      expect(attempt(withoutDate, ['REQUEST_EXPLANATION'])).toMatchObject({ kind: 'guard-refused', guards: ['publishedKnown'] });
      expect(refusal(withoutDate, ['REQUEST_EXPLANATION'])).toContain('ngày đăng tải');
    });

    it('a direction naming a clear violation starts the maximum from that direction; the conclusion meets it', () => {
      const directed = reach(registration('PRESS'), [...DIRECTED, ['DIRECT', { direction: 'Giao đơn vị xử lý, vi phạm rõ.', clearViolation: true }]]);
      expect(deadlines(directed)).toEqual([
        { type: 'markDeadlineMet', key: 'direction', at: at(DIRECTED.length) },
        { type: 'scheduleDeadline', key: 'clearViolation', ruleKey: 'A.CLEAR_VIOLATION_MAX', startAt: at(DIRECTED.length) },
      ]);
      const verifying = applyEvent(def, directed.snapshot, event(['START_VERIFICATION'], 10));
      const concluded = applyEvent(def, (verifying as StepResult).snapshot, event(['CONCLUDE', CONCLUDE], 11));
      expect(deadlines(concluded as StepResult)).toEqual([{ type: 'markDeadlineMet', key: 'clearViolation', at: at(11) }]);
      const missed = attempt(directed, ['DEADLINE_MISSED', { key: 'clearViolation', generation: 1 }]);
      expect(((missed as StepResult).snapshot.context as Context1374).overdue).toEqual({ clearViolation: true });
    });

    it('a direction without it starts no maximum', () => {
      const directed = reach(registration('PRESS'), [...DIRECTED, ['DIRECT', { direction: 'Giao đơn vị xem xét.' }]]);
      expect(deadlines(directed)).toEqual([{ type: 'markDeadlineMet', key: 'direction', at: at(DIRECTED.length) }]);
    });
  });

  describe('no forwarding up without a handling report (§3.11)', () => {
    const UP = { target: 'HIGHER_COMMITTEE', bodyName: 'Ban Thường vụ Thành ủy' };

    it.each(['RECEIVING_COMMITTEE', 'LOWER_COMMITTEE'])('a competent unit (subject managed by the %s) may not pass its case up without its report', (managedBy) => {
      const here = screened('CITIZEN_PETITION_COMPLAINT_DENUNCIATION', managedBy);
      expect(attempt(here, ['FORWARD', UP])).toMatchObject({ kind: 'guard-refused', guards: ['handledBeforeForwardingUp'] });
      const text = refusal(here, ['FORWARD', UP]);
      expect(text).toContain('báo cáo kết quả xử lý');
      expect(text).toMatch(VIETNAMESE);
      // With its handling report it may report up; the report is kept on the case.
      const forwarded = attempt(here, ['FORWARD', { ...UP, handlingReport: REPORT }]);
      expect(forwarded).toMatchObject({ kind: 'taken', state: 'forwarded' });
      expect(((forwarded as StepResult).snapshot.context as Context1374).handlingReport).toEqual(REPORT);
      // Forwarding to a state body or another party organisation is no passing-up.
      expect(attempt(here, ['FORWARD', { target: 'STATE_BODY', bodyName: 'UBND phường' }]).kind).toBe('taken');
    });

    it('a subject managed by the higher committee goes up without a report, and only up', () => {
      const here = screened('VOTER', 'HIGHER_COMMITTEE');
      expect(attempt(here, ['FORWARD', UP]).kind).toBe('taken');
      expect(attempt(here, ['FORWARD', { target: 'STATE_BODY', bodyName: 'UBND' }])).toMatchObject({ kind: 'guard-refused', guards: ['forwardTargetAllowed'] });
    });

    it('after the standing committee’s direction the same rule holds', () => {
      const directed = reach(registration('PRESS'), [
        ['START_SCREENING'], ['CLASSIFY', classify()], ['REQUEST_EXPLANATION'],
        ['RECORD_EXPLANATION', { receivedAt: '2025-08-08T02:00:00.000Z', summary: 'Báo cáo giải trình.' }],
        ['PROPOSE_METHOD', { proposal: 'Đề xuất.' }], ['DIRECT', { direction: 'Chỉ đạo.' }],
      ]);
      expect(attempt(directed, ['FORWARD', UP])).toMatchObject({ kind: 'guard-refused', guards: ['handledBeforeForwardingUp'] });
      expect(availableEvents(def, directed.snapshot)).toContain('FORWARD');
    });

    it('the report is a nested, validated object', async () => {
      const errors = await validate(plainToInstance(ForwardPayload, { ...UP, handlingReport: { summary: '' } }), { whitelist: true, forbidNonWhitelisted: true });
      expect(errors.map((e) => e.property)).toEqual(['handlingReport']);
    });
  });
});
