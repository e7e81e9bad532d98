// The live arithmetic of the admission procedure's yes/no ballots, for a payload as entered: the share and the quorum
// as in force on the meeting date (the same facts sending would be given), counted by countVote, the very function
// the guards and the actions that record the vote call.
import type { EventFacts } from '../shared/facts';
import type { BodyMember } from '../shared/voting/roster';
import type { Threshold } from '../shared/voting/threshold';
import { fieldsOf, membersOf, stringsOf, yesNoTallyOf } from '../shared/voting/as-entered';
import { yesNoPreview, type VotePreview, type VotePreviewHook } from '../shared/voting/vote-preview';
import type { YesNoDecision } from '../shared/voting/yes-no';
import { admissionRoster, ballotRules, countVote, type AdmissionBallot } from './ket-nap-dang-vien.guards';
import type { RosterMemberDto, TallyDto } from './ket-nap-dang-vien.events';
import type { ContextKnd } from './ket-nap-dang-vien.types';

/** The preview of one of its ballot events: which ballot, who the roster lists, what approving means. */
function ballot(ballotType: AdmissionBallot, label: string, memberNoun: string, approveLabel: (payload: Record<string, unknown>) => string): VotePreviewHook {
  return ({ context, payload, facts }) => {
    const p = fieldsOf(payload);
    const asEntered = {
      members: membersOf(p.members) as (BodyMember & RosterMemberDto)[],
      conflicted: stringsOf(p.conflicted),
      tally: yesNoTallyOf(p.tally) as TallyDto,
    };
    const r = ballotRules(ballotType, context as Partial<ContextKnd> | undefined, facts as EventFacts | undefined);
    // Without the share in force nothing is counted: the problem names the missing rule (no line reaches anything).
    const decision: YesNoDecision = r.ok
      ? countVote(asEntered, r.rules)
      : { ok: false, problems: r.problems.map((x) => ({ code: 'THRESHOLD_MISSING' as const, message: x.message })) };
    const preview: VotePreview = yesNoPreview({
      label,
      tally: asEntered.tally,
      // Until the rules are known nobody is left out on a guess; the problem above names the missing rule.
      roster: admissionRoster(asEntered, r.ok ? r.rules.roster : { exclusions: [] }),
      rules: r.ok ? r.rules : { threshold: undefined as unknown as Threshold, quorum: null },
      memberNoun,
      approveLabel: approveLabel(p),
      decision,
    });
    return r.ok && r.rules.quorumNote ? { ...preview, outcome: `${preview.outcome}. ${r.rules.quorumNote}` } : preview;
  };
}

export const previewCellVote = ballot('CELL_VOTE', 'Chi bộ biểu quyết đề nghị kết nạp', 'đảng viên', () => 'Tán thành đề nghị kết nạp');

export const previewGrassrootsVote = ballot('GRASSROOTS_VOTE', 'Đảng ủy cơ sở biểu quyết kết nạp', 'ủy viên', () => 'Tán thành kết nạp');

export const previewRecognitionVote = ballot(
  'CELL_RECOGNITION_VOTE',
  'Chi bộ biểu quyết công nhận đảng viên chính thức hoặc xóa tên',
  'đảng viên',
  (p) => (p.proposal === 'RECOGNISE' ? 'Tán thành công nhận đảng viên chính thức' : p.proposal === 'STRIKE_OFF' ? 'Tán thành xóa tên' : 'Tán thành'),
);
