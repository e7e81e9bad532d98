import type { VersionMigration } from '../shared/procedure';

const SAME = [
  'received', 'screening.unclassified', 'screening.classified', 'explanationRequested', 'explanationOverdue', 'officeProposal',
  'awaitingDirection', 'directed', 'assignedToUnit.awaitingReport', 'assignedToUnit.reviewingReport', 'verifying', 'concluded',
  'forwarded', 'notified',
] as const;

const NO_LINKED_CASE =
  'Phiên bản 1 đã ghi nhận việc chuyển nhưng không mở hồ sơ liên quan; phiên bản 2 chờ kết quả của hồ sơ liên quan đó, ' +
  'nên vụ việc giữ phiên bản 1 cho đến khi kết thúc.';

/**
 * Version 1 → 2 of 1374: the states and the context are the same until the task force moves an item to inspection or
 * refers it to discipline; there version 2 waits for a linked case that a version-1 case never opened, so those stay.
 */
export const QUY_DINH_1374_FROM_V1: VersionMigration = {
  fromVersion: 1,
  basis: 'Quy trình 1374 phiên bản 2: chuyển kiểm tra, xem xét kỷ luật mở hồ sơ liên quan (Quy định 296-QĐ/TW)',
  states: {
    ...Object.fromEntries(SAME.map((s) => [s, s])),
    inspectionHandover: { refuse: NO_LINKED_CASE },
    disciplineReferred: { refuse: NO_LINKED_CASE },
  },
};
