import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import VotePreview from './VotePreview';
import type { VotePreviewResult } from './voteApi';

const CASE = '11111111-1111-4111-8111-111111111111';

const roster = {
  caseId: CASE,
  bodyUnitId: '22222222-2222-4222-8222-222222222222',
  denominator: 7,
  voters: ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Lan', 'Minh'].map((name, i) => ({ id: `v${i}`, name: `Nguyễn Văn ${name}` })),
  excluded: [
    { id: 'x1', name: 'Trần Thị Hoa', reason: 'CONFLICT_OF_INTEREST', reasonLabel: 'Có xung đột lợi ích với vụ việc' },
    { id: 'x2', name: 'Lê Văn Tâm', reason: 'TRANSFERRED', reasonLabel: 'Đã chuyển công tác' },
  ],
};

/** A stand-in for the server's rule: at least 5 of 7 for CANH_CAO (the browser must not know it). */
function serverPreview(payload: { votes?: { CANH_CAO?: number }; noDiscipline?: number }): VotePreviewResult {
  const votes = payload.votes?.CANH_CAO ?? 0;
  const problems = (payload.noDiscipline ?? 0) + votes > 7
    ? [{ code: 'CAST_EXCEEDS_ROSTER', field: 'tally.cast', message: 'Số phiếu bầu vượt quá số thành viên được biểu quyết (7).' }]
    : [];
  return {
    label: 'Biểu quyết hình thức kỷ luật',
    denominator: 7,
    denominatorLabel: 'Tổng số ủy viên Ban Thường vụ (9) trừ 2 người không biểu quyết',
    cast: votes + (payload.noDiscipline ?? 0),
    quorum: { required: 5, present: 7, met: true, label: 'Ít nhất hai phần ba tổng số' },
    lines: [{ key: 'CANH_CAO', label: 'Cảnh cáo', votes, counted: votes, needed: 5, thresholdLabel: 'Quá nửa (trên 50%)', reached: votes >= 5 }],
    outcome: votes >= 5 ? 'Hình thức Cảnh cáo được quyết định với 5/7 phiếu.' : 'Không hình thức nào đạt quá nửa: không thi hành kỷ luật.',
    passed: votes >= 5,
    problems,
    warnings: ['Chưa có quy định về số đảng viên phải có mặt được xác nhận (VOTE.QUORUM_DISCIPLINE): không kiểm tra số người có mặt.'],
  };
}

let previewBodies: unknown[];
/** Replaces the preview endpoint's answer for one test. */
let previewOverride: (() => Response) | undefined;

// Ant Design in jsdom is slow on a busy machine; these wait for real debounce and queries.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  previewBodies = [];
  previewOverride = undefined;
  vi.stubGlobal('fetch', vi.fn(async (req: Request) => {
    const url = new URL(req.url);
    if (req.method === 'GET' && url.pathname === `/cases/${CASE}/ballot-roster`) return Response.json(roster);
    if (req.method === 'POST' && url.pathname === `/cases/${CASE}/vote-preview`) {
      if (previewOverride) return previewOverride();
      const body = (await req.json()) as { type: string; payload: Parameters<typeof serverPreview>[0] };
      previewBodies.push(body);
      return Response.json(serverPreview(body.payload));
    }
    return Response.json({ code: 'ROUTE_NOT_FOUND', message: 'Đường dẫn không tồn tại.' }, { status: 404 });
  }));
});

afterEach(() => vi.unstubAllGlobals());

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const ballot = (canhCao: number, noDiscipline: number) => ({ votes: { CANH_CAO: canhCao }, noDiscipline, invalid: 0 });

describe('the vote view', () => {
  it('lists the members who vote, the excluded ones with their reasons, and the denominator', async () => {
    render(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(0, 0)} />, { wrapper: wrapper() });
    const excluded = await screen.findByText(/Không biểu quyết, không tính vào tổng số \(2\)/);
    const section = excluded.closest('section')!;
    expect(within(section).getByText('Trần Thị Hoa')).toBeTruthy();
    expect(within(section).getByText('Có xung đột lợi ích với vụ việc')).toBeTruthy();
    expect(within(section).getByText('Đã chuyển công tác')).toBeTruthy();
    expect(screen.getByText(/Thành viên được biểu quyết \(7\)/)).toBeTruthy();
    expect(screen.getByTestId('roster-denominator').textContent).toMatch('7');
  });

  it('shows "chưa đủ" one vote below the threshold and "đủ" at it, as the server computes, asking once the typing settles', async () => {
    const { rerender } = render(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(4, 3)} />, { wrapper: wrapper() });
    const table = await screen.findByRole('table', { name: 'Số phiếu theo từng phương án' });
    const row = () => within(table).getByText('Cảnh cáo').closest('tr')!;
    await waitFor(() => expect(row().textContent).toMatch(/✗\s*Chưa đủ/));
    expect(row().textContent).toMatch('Quá nửa (trên 50%)');
    expect(screen.getByText(/Không hình thức nào đạt quá nửa/)).toBeTruthy();
    expect(screen.getByText(/Tổng số ủy viên Ban Thường vụ \(9\) trừ 2 người/)).toBeTruthy();

    // Typing 4 → 45 → 5 quickly: only the settled value is sent.
    rerender(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(45, 3)} />);
    rerender(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(5, 2)} />);
    await waitFor(() => expect(row().textContent).toMatch(/✓\s*Đủ/));
    expect(row().textContent).not.toMatch(/Chưa đủ/);
    expect(screen.getByText(/Hình thức Cảnh cáo được quyết định với 5\/7 phiếu/)).toBeTruthy();
    expect(previewBodies).toEqual([
      { type: 'RECORD_VOTE', payload: ballot(4, 3) },
      { type: 'RECORD_VOTE', payload: ballot(5, 2) },
    ]);
  });

  it('shows the threshold verdict the server gives, not one of its own', async () => {
    previewOverride = () => {
      const r = serverPreview({ votes: { CANH_CAO: 6 }, noDiscipline: 1 });
      return Response.json({ ...r, lines: [{ ...r.lines[0], reached: false }], passed: false, outcome: 'Máy chủ: chưa đạt.' });
    };
    render(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(6, 1)} />, { wrapper: wrapper() });
    const table = await screen.findByRole('table', { name: 'Số phiếu theo từng phương án' });
    expect(within(table).getByText('Cảnh cáo').closest('tr')!.textContent).toMatch(/Chưa đủ/);
    expect(screen.getByText('Máy chủ: chưa đạt.')).toBeTruthy();
  });

  it('shows the problems with the numbers in Vietnamese', async () => {
    render(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(6, 3)} />, { wrapper: wrapper() });
    const alert = await screen.findByText('Số liệu chưa hợp lệ');
    expect(alert.closest('[role="alert"]')!.textContent).toMatch('Số phiếu bầu vượt quá số thành viên được biểu quyết (7).');
  });

  it('shows what the count rests on that no committee confirmed as a warning beside the result, not as a problem', async () => {
    render(<VotePreview caseId={CASE} eventType="RECORD_VOTE" payload={ballot(5, 2)} />, { wrapper: wrapper() });
    const title = await screen.findByText('Lưu ý: quy định chưa được cấp ủy xác nhận');
    expect(title.closest('.ant-alert')!.textContent).toMatch('VOTE.QUORUM_DISCIPLINE');
    expect(screen.queryByText('Số liệu chưa hợp lệ')).toBeNull();
  });

  it('shows the server refusal when the preview cannot be computed', async () => {
    previewOverride = () =>
      Response.json({ code: 'EVENT_NOT_ALLOWED', message: 'Bước này không phải bước biểu quyết.', correlationId: 'c-1' }, { status: 409 });
    render(<VotePreview caseId={CASE} eventType="DECIDE" payload={{}} />, { wrapper: wrapper() });
    expect(await screen.findByText('Bước này không phải bước biểu quyết.')).toBeTruthy();
  });
});
