import { describe, expect, it } from 'vitest';
import { smallDefinition, smallEventLabels, smallStateLabels } from './fixture';
import { layoutGraph, wrapText } from './layout';
import { machineGraph, pathTaken } from './machineGraph';

describe('machineGraph', () => {
  const graph = machineGraph(smallDefinition, smallStateLabels, smallEventLabels);

  it('draws the leaf states with their Vietnamese names, nested ones inside a named group', () => {
    expect(graph.nodes.map((n) => [n.id, n.label, n.parent ?? null, n.final])).toEqual([
      ['received', 'Tiếp nhận', null, false],
      ['review.open', 'Xem xét – chưa phân loại', 'review', false],
      ['review.classified', 'Xem xét – đã phân loại', 'review', false],
      ['decided', 'Đã quyết định', null, false],
      ['counted', '', null, false],
      ['closed', 'Đã đóng', null, true],
      ['withdrawn', 'Đã rút', null, true],
    ]);
    // Only the state the API does not name is one the case passes through without stopping.
    expect(graph.nodes.filter((n) => n.transient).map((n) => n.id)).toEqual(['counted']);
    // The group is named by what its states' names share before " – ".
    expect(graph.groups).toEqual([{ id: 'review', label: 'Xem xét', parent: undefined }]);
    expect(graph.initial).toBe('received');
  });

  it('leads a step into a group to its first state, and a group\'s own step out of each of its states', () => {
    const edges = graph.edges.map((e) => `${e.from} → ${e.to}: ${e.labels.join(', ')}`);
    expect(edges).toContain('received → review.open: Bắt đầu xem xét');
    expect(edges).toContain('review.open → closed: Đóng hồ sơ');
    expect(edges).toContain('review.classified → closed: Đóng hồ sơ');
    expect(edges).toContain('review.classified → decided: Quyết định');
    // A step without a target (DEADLINE_MISSED) draws nothing; the root's steps are "in every state".
    expect(edges.some((e) => e.includes('DEADLINE_MISSED'))).toBe(false);
    expect(graph.fromAnyState).toEqual([{ event: 'WITHDRAW', label: 'Rút đơn', to: 'withdrawn' }]);
  });

  it('reads the path from the timeline: states in order, moves between different states', () => {
    const taken = pathTaken([
      { fromState: null, toState: 'received' },
      { fromState: 'received', toState: 'review.open' },
      { fromState: 'review.open', toState: 'review.classified' },
      { fromState: 'review.classified', toState: 'review.classified' },
    ]);
    expect(taken.states).toEqual(['received', 'review.open', 'review.classified']);
    expect(taken.moves).toEqual([
      { from: 'received', to: 'review.open' },
      { from: 'review.open', to: 'review.classified' },
    ]);
  });

  it('lays every state out inside the drawing, grouped states inside their group', () => {
    const layout = layoutGraph(graph);
    expect(layout.nodes.size).toBe(7);
    const group = layout.groups[0];
    for (const n of layout.nodes.values()) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
    for (const id of ['review.open', 'review.classified']) {
      const n = layout.nodes.get(id)!;
      expect(Math.abs(n.x - group.x)).toBeLessThan(group.width / 2);
      expect(Math.abs(n.y - group.y)).toBeLessThan(group.height / 2);
    }
  });

  it('wraps long names on word boundaries', () => {
    expect(wrapText('Đã chuyển kiểm tra – chờ kết luận kiểm tra', 21)).toEqual(['Đã chuyển kiểm tra –', 'chờ kết luận kiểm tra']);
  });
});

describe('automatic transitions', () => {
  it('draws a state decided at once with its automatic ways out, labelled with their conditions', () => {
    const counted = smallDefinition.states!.counted;
    const definition = {
      ...smallDefinition,
      states: {
        ...smallDefinition.states,
        counted: {
          ...counted,
          transitions: [
            { eventType: '', automatic: true, label: 'Tự động', condition: 'Đủ số phiếu', target: ['#p.closed'] },
            { eventType: '', automatic: true, label: 'Tự động', condition: 'Các trường hợp còn lại', target: ['#p.decided'] },
          ],
        },
      },
    };
    const edges = machineGraph(definition, smallStateLabels, smallEventLabels).edges.map((e) => `${e.from} → ${e.to}: ${e.labels.join(', ')}`);
    expect(edges).toContain('counted → closed: Tự động: Đủ số phiếu');
    expect(edges).toContain('counted → decided: Tự động: Các trường hợp còn lại');
  });
});
