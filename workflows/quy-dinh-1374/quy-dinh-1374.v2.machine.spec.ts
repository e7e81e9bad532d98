// Quy định 1374-QĐ/TU, version 2: moving to inspection and referring to discipline open linked cases
// (docs/domain/procedures.md §4.3 S11/S10 → §6 inspection, §7 discipline) and the case waits for them before notifying.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { OpenChildCaseParams } from '../shared/effects';
import { applyEvent, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import { InspectionInput } from '../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.events';
import { KyLuatInput } from '../ky-luat/ky-luat.events';
import { kyLuatV1 } from '../ky-luat/ky-luat.procedure';
import { quyDinh1374V1, quyDinh1374V2 as def } from './quy-dinh-1374.procedure';

const STEP_CLOCK = Date.parse('2025-03-05T03:00:00.000Z');
const at = (i: number) => new Date(STEP_CLOCK + i * 86_400_000).toISOString();
const CHILD_ID = '7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a';

const registration = {
  title: 'Phản ánh cán bộ phường có dấu hiệu vi phạm',
  source: 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION',
  channel: 'LETTER',
  summary: 'Người dân phản ánh cán bộ nhận quà của doanh nghiệp.',
  receivedAt: '2025-03-04T02:00:00.000Z',
};
const classify = { infoType: 'TO_CAO', subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };
const conclude = { finding: 'WELL_FOUNDED', summary: 'Kết luận có vi phạm.', measures: { party: ['Xem xét kỷ luật'], government: [], massOrganisation: [] } };
const refer = {
  reason: 'Vi phạm đến mức phải xem xét kỷ luật',
  subjectKind: 'FULL_MEMBER',
  violation: { summary: 'Nhận quà của doanh nghiệp', occurredFrom: '2024-06-01', continuing: false },
};
const childConcluded = (link: string, outcome: string) => ({ childCaseId: CHILD_ID, procedureId: link === 'INSPECTION' ? 'kiem-tra-dau-hieu-vi-pham' : 'ky-luat', link, outcome });
const notify = { audiences: ['REPORTER'], summary: 'Thông báo kết quả.' };
// A.SOURCES as seeded, handed to START_SCREENING (the service resolves it).
const SOURCES_FACTS = {
  ruleValues: {
    'A.SOURCES': {
      ruleId: 'r', value: null, unit: 'LIST' as const, legalBasis: 'Quy định 1374-QĐ/TU', confidence: 'STATED',
      data: { items: ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'] },
    },
  },
};
const factsFor = (type: string) => (type === 'START_SCREENING' ? { facts: SOURCES_FACTS } : {});

function run(steps: [string, unknown?][]): { result: StepResult; outcomes: StepOutcome[] } {
  let result = startCase(def, registration);
  const outcomes: StepOutcome[] = [];
  steps.forEach(([type, payload], i) => {
    const outcome = applyEvent(def, result.snapshot, { type, payload: payload ?? {}, actorId: 'u1', occurredAt: at(i), ...factsFor(type) });
    outcomes.push(outcome);
    if (outcome.kind !== 'taken') throw new Error(`${type} not taken in ${result.state}: ${outcome.kind}`);
    result = outcome;
  });
  return { result, outcomes };
}
const attempt = (from: StepResult, type: string, payload: unknown = {}) => applyEvent(def, from.snapshot, { type, payload, actorId: 'u1', occurredAt: at(20) });
const childEffect = (r: StepResult) => r.effects.find((e) => e.type === 'openChildCase')?.params as OpenChildCaseParams | undefined;

const toInspection: [string, unknown?][] = [['START_SCREENING'], ['CLASSIFY', classify], ['MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm quy định của Đảng' }]];
const toConclusion: [string, unknown?][] = [['START_SCREENING'], ['CLASSIFY', classify], ['DIRECT_SKIP'], ['CONCLUDE', conclude]];

describe('Quy định 1374 version 2: linked inspection and discipline', () => {
  it('keeps version 1 as it was and is a separate version of the same procedure', () => {
    expect(def.id).toBe(quyDinh1374V1.id);
    expect(def.version).toBe(2);
    expect(quyDinh1374V1.events.CHILD_CONCLUDED).toBeUndefined();
    expect(def.events.CHILD_CONCLUDED.roles).toEqual([]);
  });

  it('opens the inspection as a linked case with an input its procedure accepts, and waits for its conclusion', async () => {
    const { result } = run(toInspection);
    expect(result.state).toBe('inspectionHandover');
    const child = childEffect(result)!;
    expect(child).toMatchObject({ procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION' });
    expect(child.input).toMatchObject({
      subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty: true },
      initiatingBody: { kind: 'INSPECTION_COMMISSION' },
      reason: 'Có dấu hiệu vi phạm quy định của Đảng',
      proposedAt: at(2),
      source: { procedureId: 'quy-dinh-1374' },
    });
    expect(await validate(plainToInstance(InspectionInput, child.input), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    // The result is not notified before the inspection concludes.
    expect(attempt(result, 'NOTIFY', notify).kind).toBe('not-allowed');
    // A conclusion of another kind of linked case is refused; the inspection's moves the case on.
    expect(attempt(result, 'CHILD_CONCLUDED', childConcluded('DISCIPLINE', 'DECIDED')).kind).toBe('guard-refused');
    const concluded = attempt(result, 'CHILD_CONCLUDED', childConcluded('INSPECTION', 'VIOLATION_DISCIPLINE'));
    expect(concluded).toMatchObject({ kind: 'taken', state: 'inspectionConcluded' });
    if (concluded.kind !== 'taken') return;
    expect((concluded.snapshot.context as { inspectionResult: unknown }).inspectionResult).toMatchObject({ outcome: 'VIOLATION_DISCIPLINE' });
    const notified = attempt(concluded, 'NOTIFY', notify);
    expect(notified).toMatchObject({ kind: 'taken', state: 'notified' });
    expect(def.project('inspectionConcluded', concluded.snapshot.context).reportCategory).toBe('MOVED_TO_INSPECTION');
  });

  it('opens the discipline case from a conclusion with a violation, carrying the subject and the violation', async () => {
    const steps = toConclusion.filter(([t]) => t !== 'DIRECT_SKIP');
    steps.splice(2, 0, ['ASSIGN_TO_UNIT', { unitId: '3f2b9c1e-6d4a-4e8b-9a7c-2d5e8f1a0b3c' }], ['RETURN_TO_TASK_FORCE', { handlingReport: { summary: 'Báo cáo của đơn vị', documentRef: '12-BC/ĐU' } }]);
    const { result } = run([...steps, ['REFER_DISCIPLINE', refer]]);
    expect(result.state).toBe('disciplineReferred');
    expect(childEffect(result)).toEqual({
      procedureId: 'ky-luat',
      link: 'DISCIPLINE',
      input: {
        subject: { kind: 'FULL_MEMBER', name: 'Nguyễn Văn A' },
        violation: refer.violation,
        evidenceRefs: ['12-BC/ĐU'],
        source: { procedureId: 'quy-dinh-1374' },
        concludedAt: at(5).slice(0, 10),
      },
    });
    const input = childEffect(result)!.input;
    expect(await validate(plainToInstance(KyLuatInput, input), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    expect(kyLuatV1.inputChecks?.(plainToInstance(KyLuatInput, input), at(6)) ?? []).toEqual([]);
    expect(attempt(result, 'NOTIFY', notify).kind).toBe('not-allowed');
    expect(attempt(result, 'CHILD_CONCLUDED', childConcluded('INSPECTION', 'NO_VIOLATION')).kind).toBe('guard-refused');
    const decided = attempt(result, 'CHILD_CONCLUDED', childConcluded('DISCIPLINE', 'DECIDED_KHIEN_TRACH'));
    expect(decided).toMatchObject({ kind: 'taken', state: 'disciplineConcluded' });
    if (decided.kind === 'taken') expect(attempt(decided, 'NOTIFY', notify)).toMatchObject({ kind: 'taken', state: 'notified' });
  });

  it('refuses a referral without the subject kind or the violation (the discipline case needs them)', async () => {
    const spec = def.events.REFER_DISCIPLINE.payload!;
    for (const bad of [{ reason: 'Thiếu thông tin' }, { ...refer, subjectKind: 'CITIZEN' }, { ...refer, violation: { summary: 'x', occurredFrom: 'hôm qua', continuing: false } }]) {
      expect(await validate(plainToInstance(spec, bad) as object)).not.toEqual([]);
    }
    expect(await validate(plainToInstance(spec, refer) as object)).toEqual([]);
  });

  it('never takes CHILD_CONCLUDED where it is not waiting for a linked case', () => {
    const { result } = run([['START_SCREENING'], ['CLASSIFY', classify]]);
    expect(attempt(result, 'CHILD_CONCLUDED', childConcluded('INSPECTION', 'NO_VIOLATION')).kind).toBe('not-allowed');
  });
});
