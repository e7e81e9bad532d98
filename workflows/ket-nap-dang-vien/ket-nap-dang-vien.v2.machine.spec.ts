// Pure machine tests for admission version 2: the political standard is asked of its own procedure
// (tham-tra-tieu-chuan-chinh-tri), waited for, and read from that case as a fact. Version 1 is untouched (its spec).
// Domain reference: docs/domain/procedures.md §9, docs/domain/tham-tra-tieu-chuan-chinh-tri.md.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ADMISSION_RULES } from '../../migrations/1795302100000-AdmissionRules';
import { EXCLUSIONS_24 } from '../../migrations/1795302000000-DisciplineRules';
import { defaultProcedures, ProcedureRegistry } from '../registry';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { DeadlineDueFact, DossierItemFact, EventFacts, LinkedCaseFact, RuleValueFact } from '../shared/facts';
import { allNodes, guardsUsed } from '../shared/machine-structure';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { VIETNAMESE } from '../shared/vietnamese';
import { PoliticalStandardInput } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.events';
import { FORM_CODES } from './ket-nap-dang-vien.dossier';
import { RequestPoliticalStandardPayload, type AdmissionInput } from './ket-nap-dang-vien.events';
import { ketNapDangVienV1 as v1 } from './ket-nap-dang-vien.procedure';
import { ketNapDangVienV2 as def } from './ket-nap-dang-vien.v2.procedure';

const OFFICER = '0e000000-0000-4000-8000-00000000000e';
const VERIFICATION = '0f000000-0000-4000-8000-00000000000f';
const NOW = '2026-06-30T03:00:00.000Z';
const INPUT: AdmissionInput = {
  personId: '7a1c6c3e-2b9f-4d51-8e0a-3f6b2c9d4e10', fullName: 'Trần Thị Bình', dateOfBirth: '2000-05-10', educationLevel: 'UPPER_SECONDARY',
  youthUnionInUnit: false, youthUnionMember: false, tradeUnionInUnit: false, tradeUnionMember: false, cellName: 'Chi bộ Khu phố 3',
  hasSectionCommittee: false, grassrootsCommittee: { name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' }, grassrootsAuthorisedToAdmit: true,
  route: 'NORMAL', listedOn: '2024-01-10',
};

/** A row of migrations/1795302100000-AdmissionRules in force on a date, as the resolver hands it to the machine. */
function seeded(key: string, on = '2026-01-01'): RuleValueFact | null {
  const r = ADMISSION_RULES.find((x) => x.key === key && x.effectiveFrom <= on && (x.effectiveTo === null || on < x.effectiveTo));
  return r ? { ruleId: r.id, value: r.value, data: r.data ?? null, unit: r.unit as RuleValueFact['unit'], legalBasis: r.legalBasis, confidence: r.confidence, startEvent: r.startEvent } : null;
}
const rule = (ruleId: string, value: number, unit: RuleValueFact['unit'], startEvent?: string): RuleValueFact => ({
  ruleId, value, unit, legalBasis: 'Hướng dẫn 06-HD/TW', confidence: 'UNVERIFIED', ...(startEvent ? { startEvent } : {}),
});
const RULES: Record<string, RuleValueFact | null> = {
  ...Object.fromEntries([...new Set(ADMISSION_RULES.map((r) => r.key))].map((k) => [k, seeded(k)])),
  'C.CERT_VALIDITY': rule('r1', 60, 'MONTHS'),
  'C.INTRODUCER_COWORK': rule('r3', 12, 'MONTHS'),
  'C.CEREMONY': rule('r5', 30, 'WORKING_DAYS', 'Ngày nhận quyết định kết nạp'),
  'VOTE.DENOMINATOR_EXCLUSIONS': { ruleId: 'r6', value: null, data: EXCLUSIONS_24, unit: 'LIST', legalBasis: 'Quy định 24-QĐ/TW, mục 9.3.2', confidence: 'UNVERIFIED' },
};
const doc = (formCode: string, stamped = true, n = 0): DossierItemFact => ({
  attachmentId: `a-${formCode}-${n}`, formCode, documentDate: '2024-06-01', author: 'x', stampedAcrossPages: stamped, sha256: 'f'.repeat(64), uploadedAt: '2024-06-01T00:00:00Z',
});
const FULL_DOSSIER = [...FORM_CODES.map((c) => doc(c)), doc('3-KNĐ', true, 1)];
const DUE: Record<string, DeadlineDueFact> = {
  admissionDecision: { ruleKey: 'C.DECISION_ADMIT', generation: 1, status: 'PENDING', startDate: '2024-07-01', dueDate: '2024-09-24', extensionsUsed: 0, extensionsAllowed: 1 },
};
const facts = (over: Partial<EventFacts> = {}): EventFacts => ({
  ruleValues: RULES, dossier: { items: FULL_DOSSIER }, personHistory: { personId: INPUT.personId, status: 'NON_MEMBER', memberships: [], admissionCases: [] },
  deadlineDue: DUE, ...over,
});

interface Step {
  type: string;
  payload?: unknown;
  facts?: EventFacts;
  at?: string;
}
const ENROL: Step = { type: 'ENROL_AWARENESS_COURSE', payload: { enrolledOn: '2024-02-01' } };
const CERT: Step = { type: 'RECORD_AWARENESS_CERTIFICATE', payload: { issuedOn: '2024-03-15' } };
const APPLY: Step = { type: 'SUBMIT_APPLICATION', payload: { submittedOn: '2024-04-01' } };
const DECLARE: Step = { type: 'DECLARE_BACKGROUND', payload: { declaredOn: '2024-04-10' } };
const RELATIVES = [{ key: 'cha', relation: 'FATHER', fullName: 'Trần Văn Cường', partyMember: true }, { key: 'me', relation: 'MOTHER', fullName: 'Lê Thị Dung' }];
const REQUEST = (o: { on?: string; relatives?: unknown[]; items?: DossierItemFact[] } = {}): Step => ({
  type: 'REQUEST_POLITICAL_STANDARD',
  payload: { requestedOn: o.on ?? '2024-04-15', requestRef: '05-CV/CB', relatives: o.relatives ?? RELATIVES, namedOfficers: [OFFICER] },
  facts: facts({ dossier: { items: o.items ?? FULL_DOSSIER } }),
});
/** The verification case as stored when it reports: its conclusion in its tags. */
const verification = (outcome: string, tags: Record<string, string> = {}, over: Partial<LinkedCaseFact> = {}): LinkedCaseFact => ({
  caseId: VERIFICATION, procedureId: 'tham-tra-tieu-chuan-chinh-tri', link: 'VERIFICATION', state: outcome === 'WITHDRAWN' ? 'withdrawn' : 'concluded', status: 'OPEN',
  reportCategory: outcome, personId: INPUT.personId,
  tags: { purpose: 'ADMISSION', outcome, ...(outcome === 'WITHDRAWN' ? {} : { concludedOn: '2024-05-25', conclusionRef: '45-KL/ĐU' }), ...tags }, ...over,
});
/** The report as the child sends it; `said` is what the report claims (the machine reads the fact instead). */
const CONCLUDED = (child: LinkedCaseFact | undefined, said = child?.tags.outcome ?? 'MEETS'): Step => ({
  type: 'CHILD_CONCLUDED',
  payload: { childCaseId: VERIFICATION, procedureId: 'tham-tra-tieu-chuan-chinh-tri', link: 'VERIFICATION', outcome: said },
  facts: child ? { linkedCases: [child] } : {},
});
const CERTIFY = (certifiedOn = '2024-06-01'): Step => ({ type: 'CERTIFY_BACKGROUND', payload: { certifiedOn, cellComment: 'Lý lịch khai đầy đủ, trung thực.' } });
const INTRO = (key: string): Step => ({
  type: 'RECORD_INTRODUCER', payload: { key, kind: 'PARTY_MEMBER', name: `Đảng viên ${key}`, introducedOn: '2024-06-10', fullMember: true, coworkingSince: '2022-01-01' },
});
const members = (full: number) => Array.from({ length: full }, (_, i) => ({ id: `f${i}`, status: 'FULL' as const }));
const CELL_VOTE: Step = { type: 'CELL_VOTE', payload: { meetingDate: '2024-07-01', members: members(9), tally: { approve: 6, reject: 3, invalid: 0, cast: 9 } }, facts: facts() };

const TO_DECLARED: Step[] = [ENROL, CERT, APPLY, DECLARE];
const TO_WAITING: Step[] = [...TO_DECLARED, REQUEST()];
const MEETS = verification('MEETS');

const toEvent = (s: Step): MachineEvent => ({ type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.at ?? NOW, ...(s.facts ? { facts: s.facts } : {}) });
function reach(steps: readonly Step[]): StepResult {
  let r = startCase(def, INPUT);
  steps.forEach((s, i) => {
    const o = applyEvent(def, r.snapshot, toEvent(s));
    if (o.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${r.state}" was ${JSON.stringify(o)}`);
    r = o;
  });
  return r;
}
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
const taken = (r: StepOutcome): StepResult => {
  if (r.kind !== 'taken') throw new Error(`expected the step taken, got ${JSON.stringify(r)}`);
  return r;
};
const reasons = (from: StepResult, s: Step): string => {
  const r = attempt(from, s);
  if (r.kind !== 'guard-refused') throw new Error(`expected a refusal, got ${r.kind}`);
  return refusalReasons(def, from.snapshot, toEvent(s), r.guards).join(' ');
};
const ctx = (r: StepResult) => r.snapshot.context as Record<string, unknown>;

describe('version 2 is the newest admission; version 1 keeps its own verification steps', () => {
  it('new cases start on version 2 (same procedure id), cases begun on version 1 resume on it', () => {
    const registry = new ProcedureRegistry(defaultProcedures());
    expect(registry.latest('ket-nap-dang-vien')).toBe(def);
    expect(registry.find('ket-nap-dang-vien', 1)).toBe(v1);
    expect(def.machine.id).toBe(v1.machine.id);
  });

  it('at the declared background version 1 offers its verification, version 2 asks for a verification case instead', () => {
    const v2Declared = reach(TO_DECLARED);
    let v1Declared = startCase(v1, INPUT);
    for (const s of TO_DECLARED) v1Declared = taken(applyEvent(v1, v1Declared.snapshot, toEvent(s)));
    expect(availableEvents(v1, v1Declared.snapshot)).toContain('START_VERIFICATION');
    expect(availableEvents(def, v2Declared.snapshot)).toEqual(['DEADLINE_MISSED', 'RECORD_AWARENESS_CERTIFICATE', 'REQUEST_POLITICAL_STANDARD', 'WITHDRAW']);
    for (const type of ['START_VERIFICATION', 'REQUEST_VERIFICATION', 'RECORD_VERIFICATION_ANSWER', 'EXEMPT_VERIFICATION']) expect(def.events[type]).toBeUndefined();
  });
});

describe('asking for the verification', () => {
  it('is refused until the background (2-KNĐ) is stamped across pages, naming the form', () => {
    const declared = reach(TO_DECLARED);
    const unstamped = FULL_DOSSIER.map((d) => (d.formCode === '2-KNĐ' ? { ...d, stampedAcrossPages: false } : d));
    const why = reasons(declared, REQUEST({ items: unstamped }));
    expect(why).toContain('2-KNĐ');
    expect(why).toContain('chưa đóng dấu giáp lai');
  });

  it('is dated from the declared background (the day before refused, the same day taken), never after the day it is entered', () => {
    const declared = reach(TO_DECLARED);
    expect(reasons(declared, REQUEST({ on: '2024-04-09' }))).toContain('trước ngày khai lý lịch (10/04/2024)');
    expect(taken(attempt(declared, REQUEST({ on: '2024-04-10' }))).state).toBe('awaitingPoliticalStandard');
    expect(reasons(declared, { ...REQUEST({ on: '2024-04-16' }), at: '2024-04-15T10:00:00.000Z' })).toContain('sau ngày ghi nhận (15/04/2024)');
  });

  it('refuses a relative keyed as the applicant, and repeated keys', () => {
    const declared = reach(TO_DECLARED);
    expect(reasons(declared, REQUEST({ relatives: [{ key: 'self', relation: 'FATHER', fullName: 'A' }] }))).toContain('Mã "self" dành cho chính người vào Đảng');
    expect(reasons(declared, REQUEST({ relatives: [RELATIVES[0], RELATIVES[0]] }))).toContain('Mỗi người thân phải có một mã riêng');
  });

  it('opens a restricted verification case on this unit for this applicant, purpose ADMISSION, concluded at the deciding level', async () => {
    const waiting = reach(TO_WAITING);
    expect(waiting.state).toBe('awaitingPoliticalStandard');
    expect(waiting.effects).toEqual([
      {
        type: 'openChildCase',
        params: {
          procedureId: 'tham-tra-tieu-chuan-chinh-tri', link: 'VERIFICATION',
          input: {
            purpose: 'ADMISSION', personId: INPUT.personId, fullName: INPUT.fullName, dateOfBirth: INPUT.dateOfBirth, managementLevel: 'GRASSROOTS',
            requestedBy: { name: 'Chi bộ Khu phố 3', documentRef: '05-CV/CB' }, receivedOn: '2024-04-15', serves: 'Kết nạp đảng viên: Trần Thị Bình',
            relatives: RELATIVES, namedOfficers: [OFFICER],
          },
        },
      },
    ]);
    // The verification procedure accepts that input as it is.
    const input = (waiting.effects[0].params as { input: unknown }).input;
    expect(await validate(plainToInstance(PoliticalStandardInput, input) as object, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    expect(ctx(waiting).politicalStandard).toEqual({ requestedOn: '2024-04-15', requestedBy: 'u1', requests: 1, status: 'REQUESTED' });
    expect(def.project(waiting.state, waiting.snapshot.context)).toMatchObject({ reportCategory: 'IN_PROGRESS', tags: { stage: 'VERIFICATION' } });
    // Not authorised to admit: the competent committee's level concludes.
    const upper = { ...INPUT, grassrootsAuthorisedToAdmit: false, competentCommittee: { name: 'Ban Thường vụ Thành ủy', level: 'PROVINCIAL' as const } };
    let r = startCase(def, upper);
    for (const s of TO_WAITING) r = taken(applyEvent(def, r.snapshot, toEvent(s)));
    expect(r.effects[0].params).toMatchObject({ input: { managementLevel: 'PROVINCIAL' } });
  });

  it('while waiting, the steps of §9.6 cannot be taken out of order', () => {
    const waiting = reach(TO_WAITING);
    expect(availableEvents(def, waiting.snapshot)).toEqual(['CHILD_CONCLUDED', 'DEADLINE_MISSED', 'RECORD_AWARENESS_CERTIFICATE', 'WITHDRAW']);
    expect(attempt(waiting, CERTIFY()).kind).toBe('not-allowed');
    expect(attempt(waiting, CELL_VOTE).kind).toBe('not-allowed');
  });
});

describe('using the conclusion', () => {
  it('MEETS, as the verification case records it: the background is certified from the conclusion’s date on, then the admission goes on', () => {
    const met = taken(attempt(reach(TO_WAITING), CONCLUDED(MEETS)));
    expect(met.state).toBe('politicalStandardConcluded');
    expect(ctx(met).politicalStandard).toEqual({
      requestedOn: '2024-04-15', requestedBy: 'u1', requests: 1, status: 'CONCLUDED', verificationCaseId: VERIFICATION, outcome: 'MEETS',
      concludedOn: '2024-05-25', conclusionRef: '45-KL/ĐU',
    });
    expect(def.project(met.state, met.snapshot.context).tags).toMatchObject({ stage: 'VERIFICATION', politicalStandard: 'MEETS' });
    expect(reasons(met, CERTIFY('2024-05-24'))).toContain('trước ngày kết luận tiêu chuẩn chính trị (25/05/2024)');
    const certified = taken(attempt(met, CERTIFY('2024-05-25')));
    expect(certified.state).toBe('backgroundCertified');
    // The rest is version 1's: introducers, the cell's vote under the rules of its meeting date.
    const voted = reach([...TO_WAITING, CONCLUDED(MEETS), CERTIFY(), INTRO('a'), INTRO('b'), CELL_VOTE]);
    expect(voted.state).toBe('grassrootsVote');
    expect(ctx(voted).cellVote).toMatchObject({ passed: true, approve: 6, denominator: 9 });
  });

  it('DOES_NOT_MEET ends the admission with the reason (number and date of the conclusion) and tells the cell', () => {
    const ended = taken(attempt(reach(TO_WAITING), CONCLUDED(verification('DOES_NOT_MEET'))));
    expect(ended.state).toBe('notAdmitted');
    expect(ended.done).toBe(true);
    const reason = 'Người vào Đảng không đủ tiêu chuẩn chính trị theo kết luận số 45-KL/ĐU ngày 25/05/2024 của cơ quan có thẩm quyền (Quy định 58-QĐ/TW; Quy định 294-QĐ/TW): không kết nạp.';
    expect(ctx(ended)).toMatchObject({ outcome: 'POLITICAL_STANDARD_NOT_MET', endReason: reason, politicalStandard: { status: 'CONCLUDED', outcome: 'DOES_NOT_MEET' } });
    expect(ended.effects).toEqual([{ type: 'notify', params: { template: 'ket-nap.not-admitted', audiences: ['UNIT'], summary: reason } }]);
    expect(def.project(ended.state, ended.snapshot.context)).toMatchObject({
      reportCategory: 'NOT_ADMITTED', tags: { outcome: 'POLITICAL_STANDARD_NOT_MET', politicalStandard: 'DOES_NOT_MEET' },
    });
    expect(def.report!.dimensions.outcome.values.POLITICAL_STANDARD_NOT_MET).toMatch(VIETNAMESE);
  });

  it('trusts the verification case, not the report’s words: a report saying MEETS of a case that concluded DOES_NOT_MEET ends it', () => {
    expect(taken(attempt(reach(TO_WAITING), CONCLUDED(verification('DOES_NOT_MEET'), 'MEETS'))).state).toBe('notAdmitted');
  });

  it('ignores a report without a conclusion on file, about another person, from another procedure, or not yet asked for', () => {
    const waiting = reach(TO_WAITING);
    expect(attempt(waiting, CONCLUDED(undefined)).kind).toBe('guard-refused');
    expect(attempt(waiting, CONCLUDED(verification('MEETS', { concludedOn: '' }))).kind).toBe('guard-refused');
    expect(attempt(waiting, CONCLUDED(verification('NEEDS_HIGHER_OPINION')))).toMatchObject({ kind: 'guard-refused' });
    expect(attempt(waiting, CONCLUDED(verification('MEETS', {}, { personId: '11111111-1111-4111-8111-111111111111' }))).kind).toBe('guard-refused');
    const otherProcedure = { ...CONCLUDED(MEETS), payload: { childCaseId: VERIFICATION, procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'VERIFICATION', outcome: 'MEETS' } };
    expect(attempt(waiting, otherProcedure).kind).toBe('guard-refused');
    expect(attempt(reach(TO_DECLARED), CONCLUDED(MEETS)).kind).toBe('not-allowed');
  });

  it('a verification withdrawn before its conclusion: the case may ask again', () => {
    const back = taken(attempt(reach(TO_WAITING), CONCLUDED(verification('WITHDRAWN'))));
    expect(back.state).toBe('backgroundDeclared');
    expect(ctx(back).politicalStandard).toMatchObject({ status: 'WITHDRAWN', requests: 1 });
    const again = taken(attempt(back, REQUEST({ on: '2024-05-20' })));
    expect(ctx(again).politicalStandard).toEqual({ requestedOn: '2024-05-20', requestedBy: 'u1', requests: 2, status: 'REQUESTED' });
  });

  it('the applicant may still withdraw while the verification runs', () => {
    const out = taken(attempt(reach(TO_WAITING), { type: 'WITHDRAW', payload: { reason: 'Người vào Đảng rút đơn.' } }));
    expect(out.state).toBe('notAdmitted');
    expect(ctx(out).outcome).toBe('WITHDRAWN');
  });
});

describe('payloads, labels and messages', () => {
  it('the request needs at least one named officer (ids), and days for dates', async () => {
    const bad = plainToInstance(RequestPoliticalStandardPayload, { requestedOn: '2024-04-15T00:00:00Z', relatives: [], namedOfficers: [] });
    expect((await validate(bad as object)).map((e) => e.property).sort()).toEqual(['namedOfficers', 'requestedOn']);
    const badRelative = plainToInstance(RequestPoliticalStandardPayload, { ...(REQUEST().payload as object), relatives: [{ key: 'x', relation: 'COUSIN', fullName: 'A' }] });
    expect((await validate(badRelative as object)).map((e) => e.property)).toEqual(['relatives']);
  });

  it('every guard its transitions use has a Vietnamese message; every state a label; the new steps are the right people’s', () => {
    // Version 1's routing guards pick a branch after a counted vote and never refuse (as its spec lists them).
    const routing = ['cellVotePassed', 'grassrootsVotePassed', 'hasSectionCommittee', 'authorisedToAdmit', 'admitted', 'admittedCeremonyFromIssue', 'recognitionVotePassed', 'tooManyFailedVotes', 'recognised'];
    for (const g of [...guardsUsed(def.machine)].filter((x) => !routing.includes(x))) {
      expect({ g, message: def.guardMessages[g] }).toEqual({ g, message: expect.stringMatching(VIETNAMESE) });
    }
    for (const g of ['verificationCanStart', 'verificationRequestable', 'verificationAnswerable', 'verificationExemptable', 'verificationComplete']) {
      expect(def.guardMessages[g]).toBeUndefined();
    }
    const leaves = allNodes(def.machine.root).filter((n) => Object.keys(n.states).length === 0).map((n) => n.path.join('.'));
    for (const state of leaves) expect({ state, label: def.stateLabels[state] }).toEqual({ state, label: expect.stringMatching(VIETNAMESE) });
    expect(Object.keys(def.stateLabels).sort()).toEqual(leaves.sort());
    const handled = [...new Set(allNodes(def.machine.root).flatMap((n) => n.ownEvents))].sort();
    expect(Object.keys(def.events).sort()).toEqual(handled);
    expect(def.events.REQUEST_POLITICAL_STANDARD.roles).toEqual(['SECRETARY', 'STANDING_COMMITTEE_MEMBER']);
    expect(def.events.CHILD_CONCLUDED).toMatchObject({ roles: [], facts: [{ fact: 'linkedCases', procedureId: 'tham-tra-tieu-chuan-chinh-tri' }] });
    expect(def.fieldTexts?.namedOfficers).toBeDefined();
  });
});
