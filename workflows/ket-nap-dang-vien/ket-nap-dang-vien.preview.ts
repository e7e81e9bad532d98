// The live arithmetic of the admission procedure's yes/no ballots (≥ 2/3 of the counted members), for a payload as
// entered: counted by countVote, the very function the guards and the actions that record the vote call.
import type { BodyMember } from '../shared/voting/roster';
import { fieldsOf, membersOf, stringsOf, yesNoTallyOf } from '../shared/voting/as-entered';
import { yesNoPreview, type VotePreviewHook } from '../shared/voting/vote-preview';
import { ADMISSION_VOTE_RULES, admissionRoster, countVote } from './ket-nap-dang-vien.guards';
import type { RosterMemberDto, TallyDto } from './ket-nap-dang-vien.events';

/** The preview of one of its ballot events: its label, who the roster lists, what approving means. */
function ballot(label: string, memberNoun: string, approveLabel: (payload: Record<string, unknown>) => string): VotePreviewHook {
  return ({ payload }) => {
    const p = fieldsOf(payload);
    const asEntered = {
      members: membersOf(p.members) as (BodyMember & RosterMemberDto)[],
      conflicted: stringsOf(p.conflicted),
      tally: yesNoTallyOf(p.tally) as TallyDto,
    };
    return yesNoPreview({
      label,
      tally: asEntered.tally,
      roster: admissionRoster(asEntered),
      rules: ADMISSION_VOTE_RULES,
      memberNoun,
      approveLabel: approveLabel(p),
      decision: countVote(asEntered),
    });
  };
}

export const previewCellVote = ballot('Chi bộ biểu quyết đề nghị kết nạp (cần ít nhất hai phần ba)', 'đảng viên', () => 'Tán thành đề nghị kết nạp');

export const previewGrassrootsVote = ballot('Đảng ủy cơ sở biểu quyết kết nạp (cần ít nhất hai phần ba)', 'ủy viên', () => 'Tán thành kết nạp');

export const previewRecognitionVote = ballot(
  'Chi bộ biểu quyết công nhận đảng viên chính thức hoặc xóa tên (cần ít nhất hai phần ba)',
  'đảng viên',
  (p) => (p.proposal === 'RECOGNISE' ? 'Tán thành công nhận đảng viên chính thức' : p.proposal === 'STRIKE_OFF' ? 'Tán thành xóa tên' : 'Tán thành'),
);
