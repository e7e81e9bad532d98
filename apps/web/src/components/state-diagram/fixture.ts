// A small procedure definition shaped like the API's (XState `toJSON()`), for the diagram's tests.
import type { StateNodeJson } from './machineGraph';

const tr = (source: string, eventType: string, target?: string) => ({ eventType, source: `#p.${source}`, target: target ? [`#p.${target}`] : [] });

export const smallDefinition: StateNodeJson = {
  id: 'p',
  key: 'p',
  type: 'compound',
  initial: { target: ['#p.received'] },
  transitions: [tr('', 'WITHDRAW', 'withdrawn'), tr('', 'DEADLINE_MISSED')],
  states: {
    received: { id: 'p.received', key: 'received', type: 'atomic', states: {}, transitions: [tr('received', 'START', 'review')] },
    review: {
      id: 'p.review',
      key: 'review',
      type: 'compound',
      initial: { target: ['#p.review.open'] },
      transitions: [tr('review', 'CLOSE', 'closed')],
      states: {
        open: { id: 'p.review.open', key: 'open', type: 'atomic', states: {}, transitions: [tr('review.open', 'CLASSIFY', 'review.classified')] },
        classified: {
          id: 'p.review.classified',
          key: 'classified',
          type: 'atomic',
          states: {},
          transitions: [tr('review.classified', 'CLASSIFY', 'review.classified'), tr('review.classified', 'DECIDE', 'decided')],
        },
      },
    },
    decided: { id: 'p.decided', key: 'decided', type: 'atomic', states: {}, transitions: [tr('decided', 'ARCHIVE', 'closed'), tr('decided', 'VOTE', 'counted')] },
    // Left at once by an eventless transition, which the published definition omits; the API gives it no name.
    counted: { id: 'p.counted', key: 'counted', type: 'atomic', states: {}, transitions: [] },
    closed: { id: 'p.closed', key: 'closed', type: 'final', states: {}, transitions: [] },
    withdrawn: { id: 'p.withdrawn', key: 'withdrawn', type: 'final', states: {}, transitions: [] },
  },
};

export const smallStateLabels: Record<string, string> = {
  received: 'Tiếp nhận',
  'review.open': 'Xem xét – chưa phân loại',
  'review.classified': 'Xem xét – đã phân loại',
  decided: 'Đã quyết định',
  closed: 'Đã đóng',
  withdrawn: 'Đã rút',
};

export const smallEventLabels: Record<string, string> = {
  START: 'Bắt đầu xem xét',
  CLASSIFY: 'Phân loại',
  DECIDE: 'Quyết định',
  CLOSE: 'Đóng hồ sơ',
  ARCHIVE: 'Lưu trữ',
  VOTE: 'Ghi nhận biểu quyết',
  WITHDRAW: 'Rút đơn',
};
