import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { smallDefinition, smallEventLabels, smallStateLabels } from './fixture';
import { StateDiagram } from './StateDiagram';

const path = [
  { fromState: null, toState: 'received', label: 'Tiếp nhận, đăng ký', occurredAt: '2026-03-02T02:00:00Z' },
  { fromState: 'received', toState: 'review.open', label: 'Bắt đầu xem xét', occurredAt: '2026-03-03T02:00:00Z' },
  { fromState: 'review.open', toState: 'review.classified', label: 'Phân loại', occurredAt: '2026-03-04T18:00:00Z' },
];

function renderDiagram() {
  return render(
    <StateDiagram
      definition={smallDefinition}
      stateLabels={smallStateLabels}
      eventLabels={smallEventLabels}
      currentState="review.classified"
      path={path}
      nextEvents={['DECIDE']}
    />,
  );
}

describe('StateDiagram', () => {
  it('tells a screen reader where the case is and the way it came', () => {
    renderDiagram();
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      'Sơ đồ quy trình (6 trạng thái). Trạng thái hiện tại: Xem xét – đã phân loại. Đã qua: Tiếp nhận → Xem xét – chưa phân loại → Xem xét – đã phân loại.',
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    // Dates in Vietnam time: 18:00 UTC on 4 March is 5 March in Hà Nội.
    expect(items).toEqual([
      '02/03/2026 Tiếp nhận, đăng ký → Tiếp nhận',
      '03/03/2026 Bắt đầu xem xét → Xem xét – chưa phân loại',
      '05/03/2026 Phân loại → Xem xét – đã phân loại',
    ]);
  });

  it('highlights the current state, the states passed and the moves made, and marks the steps on offer', () => {
    const { container } = renderDiagram();
    const status = (id: string) => container.querySelector(`[data-state="${id}"]`)?.getAttribute('data-status');
    expect(status('review.classified')).toBe('current');
    expect(status('received')).toBe('visited');
    expect(status('review.open')).toBe('visited');
    expect(status('decided')).toBe('other');
    const kind = (edge: string) => container.querySelector(`[data-edge="${edge}"]`)?.getAttribute('data-kind');
    expect(kind('received->review.open')).toBe('pathEdge');
    expect(kind('review.open->review.classified')).toBe('pathEdge');
    expect(kind('review.classified->decided')).toBe('nextEdge');
    expect(kind('decided->closed')).toBe('edge');
    // The labels of the moves made and the steps on offer are written on the drawing.
    expect(container.querySelector('[data-edge-label="review.classified->decided"] text')?.textContent).toBe('Quyết định');
    expect(container.querySelector('[data-edge-label="received->review.open"] text')?.textContent).toBe('Bắt đầu xem xét');
    expect(container.querySelector('[data-edge-label="decided->closed"]')).toBeNull();
    // A state without a name is drawn as the system's automatic decision.
    expect(container.querySelector('[data-state="counted"]')?.getAttribute('data-transient')).toBe('true');
    expect(within(container.querySelector('[data-state="counted"]') as HTMLElement).getByText('Tự động')).toBeTruthy();
    // The group's name and the step accepted in every state.
    expect(screen.getByText('Xem xét')).toBeTruthy();
    expect(screen.getByText(/Ở mọi trạng thái:.*Rút đơn → Đã rút/)).toBeTruthy();
  });

  it('can show the whole diagram scaled to the width', async () => {
    renderDiagram();
    const img = screen.getByRole('img');
    expect(img.getAttribute('width')).not.toBe('100%');
    await userEvent.click(screen.getByText('Toàn bộ sơ đồ'));
    expect(screen.getByRole('img').getAttribute('width')).toBe('100%');
  });
});
