// Procedure C, version 2: admission of a new party member, with the political standard concluded in its own procedure.
// Legal basis: Điều lệ Đảng Art. 4–5; Quy định 294-QĐ/TW, 58-QĐ/TW; Hướng dẫn 06-HD/TW §3.4 — docs/domain/procedures.md §9, docs/domain/tham-tra-tieu-chuan-chinh-tri.md.
//
// Version 1's states, guards and actions, with one change: instead of the verification steps of §9.6 kept on this case
// (START_VERIFICATION … CERTIFY_BACKGROUND once every person is answered), the case asks for a verification case
// (tham-tra-tieu-chuan-chinh-tri, opened on this case's unit), waits for it and reads its conclusion. Cases begun on
// version 1 resume on version 1.
import { assign } from 'xstate';
import { enqueueEffects } from '../shared/effect-actions';
import { PS_PROCEDURE_ID } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.machine';
import { ADMISSION_PROCEDURE_ID, ketNapMachineV1, ketNapSetup } from './ket-nap-dang-vien.machine';
import { notMetReason, politicalStandardProblems, verificationConclusion, VERIFICATION_LINK } from './ket-nap-dang-vien.political-standard';
import type { ContextKnd, EventKndAll } from './ket-nap-dang-vien.types';

type Args = { context: ContextKnd; event: EventKndAll };

const v2Guard = (name: 'politicalStandardRequestable' | 'backgroundCertifiable') => (a: Args) =>
  politicalStandardProblems(name, a.context, a.event).length === 0;
const concluded = (outcome: 'MEETS' | 'DOES_NOT_MEET' | 'WITHDRAWN') => (a: Args) => verificationConclusion(a.context, a.event)?.outcome === outcome;

// The states version 2 keeps as version 1 has them (their guards and actions are the shared setup's).
const { verification: _verification, backgroundDeclared: _declared, ...v1States } = ketNapMachineV1.config.states ?? {};

// Steps open from the source list to the cell vote, as in version 1.
const preparation = {
  RECORD_READMISSION_CONSENT: { guard: 'readmissionConsentRecordable', actions: 'recordReadmissionConsent' },
  RECORD_OVER_60_CONSENT: { guard: 'provincialRoute', actions: 'recordOver60Consent' },
  WITHDRAW: { target: '#ket-nap-dang-vien.notAdmitted', actions: 'recordWithdrawal' },
  RECORD_AWARENESS_CERTIFICATE: { actions: 'recordCertificate' },
} as const;

export const ketNapMachineV2 = ketNapSetup.extend({
  guards: {
    politicalStandardRequestable: v2Guard('politicalStandardRequestable'),
    backgroundCertifiable: v2Guard('backgroundCertifiable'),
    // Routing of the verification's report (each names the conclusion as the verification case records it).
    verificationMeets: concluded('MEETS'),
    verificationDoesNotMeet: concluded('DOES_NOT_MEET'),
    verificationWithdrawn: concluded('WITHDRAWN'),
  },
  actions: {
    // The verification case, on this unit: purpose ADMISSION, this applicant and the relatives named; restricted to
    // the officers named (and whoever asks); the body that concludes is the one deciding admission's level.
    requestPoliticalStandard: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'REQUEST_POLITICAL_STANDARD') return;
      const r = context.registration;
      const p = event.payload;
      enqueue.assign({
        politicalStandard: {
          requestedOn: p.requestedOn, requestedBy: event.actorId, requests: (context.politicalStandard?.requests ?? 0) + 1, status: 'REQUESTED' as const,
        },
      });
      enqueue({
        type: 'openChildCase',
        params: {
          procedureId: PS_PROCEDURE_ID,
          link: VERIFICATION_LINK,
          input: {
            purpose: 'ADMISSION',
            personId: r.personId,
            fullName: r.fullName,
            dateOfBirth: r.dateOfBirth,
            managementLevel: r.grassrootsAuthorisedToAdmit ? r.grassrootsCommittee.level : (r.competentCommittee?.level ?? r.grassrootsCommittee.level),
            requestedBy: { name: r.cellName, ...(p.requestRef ? { documentRef: p.requestRef } : {}) },
            receivedOn: p.requestedOn,
            serves: `Kết nạp đảng viên: ${r.fullName}`.slice(0, 300),
            relatives: p.relatives.map((x) => ({ ...x })),
            namedOfficers: [...p.namedOfficers],
          },
        },
      });
    }),
    recordPoliticalStandard: assign({
      politicalStandard: ({ context, event }) => {
        const v = verificationConclusion(context, event);
        if (!v || !context.politicalStandard) return context.politicalStandard;
        return {
          ...context.politicalStandard,
          status: v.outcome === 'WITHDRAWN' ? ('WITHDRAWN' as const) : ('CONCLUDED' as const),
          verificationCaseId: v.caseId,
          ...(v.outcome === 'WITHDRAWN' ? {} : { outcome: v.outcome, concludedOn: v.concludedOn, ...(v.conclusionRef ? { conclusionRef: v.conclusionRef } : {}) }),
        };
      },
    }),
    endNotMet: enqueueEffects(({ context, enqueue }) => {
      const reason = notMetReason(context);
      enqueue.assign({ outcome: 'POLITICAL_STANDARD_NOT_MET' as const, endReason: reason });
      enqueue({ type: 'notify', params: { template: 'ket-nap.not-admitted', audiences: ['UNIT'], summary: reason } });
    }),
  },
}).createMachine({
  id: ADMISSION_PROCEDURE_ID,
  version: '2',
  initial: 'sourceList',
  context: ({ input }) => ({ registration: input }),
  on: {
    // A deadline other than the probation missed: recorded, as in version 1.
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    ...v1States,
    // M3: the background (2-KNĐ) checked and stamped across pages, the political standard is asked of its own procedure.
    backgroundDeclared: {
      on: {
        ...preparation,
        REQUEST_POLITICAL_STANDARD: { guard: 'politicalStandardRequestable', target: 'awaitingPoliticalStandard', actions: 'requestPoliticalStandard' },
      },
    },
    // M4: waiting for the verification's conclusion (the verification case is restricted: its officers only).
    awaitingPoliticalStandard: {
      on: {
        ...preparation,
        CHILD_CONCLUDED: [
          { guard: 'verificationMeets', target: 'politicalStandardConcluded', actions: 'recordPoliticalStandard' },
          { guard: 'verificationDoesNotMeet', target: 'notAdmitted', actions: ['recordPoliticalStandard', 'endNotMet', 'cancelOpenDeadlines'] },
          // Withdrawn before a conclusion: the case may ask again.
          { guard: 'verificationWithdrawn', target: 'backgroundDeclared', actions: 'recordPoliticalStandard' },
        ],
      },
    },
    // M5 prepared: the standard is met; the cell comments and the grassroots committee certifies the background.
    politicalStandardConcluded: {
      on: {
        ...preparation,
        CERTIFY_BACKGROUND: { guard: 'backgroundCertifiable', target: 'backgroundCertified', actions: 'recordCertification' },
      },
    },
  },
});
