/** What a person did when reading a case; each kind is written to the access log. */
export enum AccessAction {
  VIEW_CASE = 'VIEW_CASE',
  VIEW_TIMELINE = 'VIEW_TIMELINE',
  REVEAL_REPORTER = 'REVEAL_REPORTER',
  EXPORT_TIMELINE = 'EXPORT_TIMELINE',
  VERIFY_TIMELINE = 'VERIFY_TIMELINE',
}

export const ACCESS_ACTION_LABELS: Record<AccessAction, string> = {
  [AccessAction.VIEW_CASE]: 'Xem vụ việc',
  [AccessAction.VIEW_TIMELINE]: 'Xem diễn biến vụ việc',
  [AccessAction.REVEAL_REPORTER]: 'Xem danh tính người cung cấp thông tin',
  [AccessAction.EXPORT_TIMELINE]: 'Xuất diễn biến vụ việc',
  [AccessAction.VERIFY_TIMELINE]: 'Kiểm tra tính toàn vẹn diễn biến',
};
