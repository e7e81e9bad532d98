import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeCase, fakeProcedure, installFakeApi, refusal, step, withQueryClient } from './caseTestApi';
import { StepsSection } from './StepsSection';
import { useCase, useCasePath, useProcedureVersion } from './useCaseData';

// The steps as the case page wires them: the case, its procedure version and its timeline from the API.
function Steps({ id }: { id: string }) {
  const c = useCase(id);
  const procedure = useProcedureVersion(c.data?.procedureId, c.data?.machineVersion);
  const path = useCasePath(id, c.data?.version);
  if (!c.data) return null;
  return <StepsSection caseView={c.data} procedure={procedure.data} unitNames={{}} timeline={path.data} />;
}

const decideSchema = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: { type: 'string', title: 'Nội dung quyết định', minLength: 3 } },
};
const decide = { type: 'DECIDE', label: 'Quyết định xử lý' };

afterEach(() => vi.unstubAllGlobals());
vi.setConfig({ testTimeout: 20_000 });

describe('steps on the case page', () => {
  it('sends the step with If-Match and an Idempotency-Key, and shows the server refusal next to it', async () => {
    const api = installFakeApi({
      caseView: fakeCase({ availableEvents: [{ ...decide, mayBeRefusedWhen: [{ guard: 'g', message: 'Đối tượng thuộc diện cấp trên quản lý.' }] }] }),
      procedure: fakeProcedure([step('DECIDE', 'Quyết định xử lý', decideSchema)]),
      stepAnswers: [
        refusal(409, 'TRANSITION_REFUSED', 'Đối tượng thuộc diện cấp ủy cấp trên quản lý: chỉ được chuyển lên cấp trên.'),
        refusal(409, 'TRANSITION_REFUSED', 'Vẫn bị từ chối.'),
      ],
    });
    render(withQueryClient(<Steps id="c1" />));
    // What may make the server refuse the step is said before sending.
    expect(await screen.findByText('Bước này sẽ bị từ chối nếu…')).toBeTruthy();
    expect(screen.getByText('Đối tượng thuộc diện cấp trên quản lý.')).toBeTruthy();

    fireEvent.change(await screen.findByLabelText(/Nội dung quyết định/), { target: { value: 'Giao đơn vị xác minh' } });
    await userEvent.click(screen.getByRole('button', { name: 'Thực hiện bước' }));

    expect(await screen.findByText('Đối tượng thuộc diện cấp ủy cấp trên quản lý: chỉ được chuyển lên cấp trên.')).toBeTruthy();
    const [first] = api.posts();
    expect(first.headers.get('If-Match')).toBe('4');
    expect(first.query.get('dryRun')).toBeNull();
    expect(first.body).toEqual({ type: 'DECIDE', payload: { reason: 'Giao đơn vị xác minh' } });
    const key = first.headers.get('Idempotency-Key');
    expect(key).toMatch(/\S{8,}/);

    // Sending again (not yet succeeded) keeps the same key, so a lost answer cannot record the step twice.
    await userEvent.click(screen.getByRole('button', { name: 'Thực hiện bước' }));
    expect(await screen.findByText('Vẫn bị từ chối.')).toBeTruthy();
    expect(api.posts()[1].headers.get('Idempotency-Key')).toBe(key);
  });

  it('on a version conflict says someone changed the case, reloads it, keeps what was typed and resends on the new version', async () => {
    const state = {
      caseView: fakeCase({ availableEvents: [decide] }),
      procedure: fakeProcedure([step('DECIDE', 'Quyết định xử lý', decideSchema)]),
      timeline: [] as never[],
      stepAnswers: [] as { status: number; body: unknown; after?: () => void }[],
    };
    state.stepAnswers.push({
      ...refusal(409, 'VERSION_CONFLICT', 'Vụ việc đã được người khác cập nhật. Vui lòng tải lại và thực hiện lại.', { currentVersion: 5 }),
      // Meanwhile a colleague moved the case on.
      after: () => {
        state.caseView = fakeCase({ version: 5, state: 'decided', stateLabel: 'Đã quyết định', availableEvents: [decide] });
        state.timeline = [{
          seq: 5, type: 'DECIDE', label: 'Quyết định xử lý', payload: {}, actorId: 'a2', actorName: 'Trần Thị C', fromState: 'review',
          toState: 'decided', toStateLabel: 'Đã quyết định', machineVersion: 1, occurredAt: '2026-03-05T03:00:00Z', recordedAt: '2026-03-05T03:00:00Z', prevHash: 'x', hash: 'y',
        }] as never[];
      },
    });
    state.stepAnswers.push({ status: 200, body: { case: { ...fakeCase({ version: 6 }), stateLabel: 'Đã quyết định' }, event: { seq: 6, type: 'DECIDE' } } });
    const api = installFakeApi(state);
    render(withQueryClient(<Steps id="c1" />));

    const field = await screen.findByLabelText(/Nội dung quyết định/);
    fireEvent.change(field, { target: { value: 'Nội dung đã gõ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Thực hiện bước' }));

    const notice = await screen.findByText('Người khác vừa thay đổi vụ việc này');
    const alert = notice.closest('[role="alert"]') as HTMLElement;
    await waitFor(() => expect(within(alert).getByText('Vụ việc đã chuyển từ «Đang xem xét» sang «Đã quyết định» (phiên bản 5).')).toBeTruthy());
    expect(await within(alert).findByText(/«Quyết định xử lý» — Trần Thị C, 05\/03\/2026 10:00 → «Đã quyết định»/)).toBeTruthy();
    // What was typed is still there.
    expect((screen.getByLabelText(/Nội dung quyết định/) as HTMLTextAreaElement).value).toBe('Nội dung đã gõ');

    await userEvent.click(screen.getByRole('button', { name: 'Thực hiện bước' }));
    await waitFor(() => expect(api.posts()).toHaveLength(2));
    expect(api.posts()[1].headers.get('If-Match')).toBe('5');
    expect(api.posts()[1].body).toEqual({ type: 'DECIDE', payload: { reason: 'Nội dung đã gõ' } });
    expect(await screen.findByText('Đã thực hiện «Quyết định xử lý». Vụ việc chuyển sang «Đã quyết định».')).toBeTruthy();
  });

  it('requires a reason when separation of duties applies, and sends it as separationBypassReason', async () => {
    const api = installFakeApi({
      caseView: fakeCase({ availableEvents: [{ ...decide, requiresSeparationReason: true, note: 'Bạn đã chuẩn bị đề xuất của vụ việc này.' }] }),
      procedure: fakeProcedure([step('DECIDE', 'Quyết định xử lý', { type: 'object', properties: {} })]),
      stepAnswers: [{ status: 200, body: { case: { ...fakeCase({ version: 5 }), stateLabel: 'Đã quyết định' }, event: { seq: 5, type: 'DECIDE' } } }],
    });
    render(withQueryClient(<Steps id="c1" />));
    await userEvent.click(await screen.findByRole('button', { name: 'Thực hiện bước' }));
    expect(await screen.findByText('Hãy nêu lý do vẫn thực hiện bước này.')).toBeTruthy();
    expect(api.posts()).toHaveLength(0);

    const reason = screen.getByLabelText('Lý do vẫn thực hiện bước');
    fireEvent.change(reason, { target: { value: 'ngắn' } });
    await userEvent.click(screen.getByRole('button', { name: 'Thực hiện bước' }));
    expect(await screen.findByText('Lý do cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(api.posts()).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'ngắn — chỉ còn một ủy viên có mặt' } });
    await userEvent.click(screen.getByRole('button', { name: 'Thực hiện bước' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0].body).toEqual({ type: 'DECIDE', payload: {}, separationBypassReason: 'ngắn — chỉ còn một ủy viên có mặt' });
  });

  it('previews a step with dryRun and says in Vietnamese what it would do', async () => {
    const api = installFakeApi({
      caseView: fakeCase({ availableEvents: [decide] }),
      procedure: fakeProcedure([step('DECIDE', 'Quyết định xử lý', decideSchema)]),
      stepAnswers: [{
        status: 200,
        body: {
          dryRun: true, caseId: 'c1', event: { type: 'DECIDE', label: 'Quyết định xử lý', seq: 5 },
          from: { state: 'review', stateLabel: 'Đang xem xét', version: 4 },
          next: { state: 'decided', stateLabel: 'Đã quyết định', status: 'OPEN', reportCategory: 'X', assignedUnitId: null, version: 5 },
          deadlines: [{ action: 'SCHEDULE', key: 'report', label: 'Báo cáo kết quả', dueAt: '2026-03-20T16:59:59Z' }],
          children: [],
          notifications: [{ template: 't', audiences: ['UNIT', 'REPORTER'], summary: 'Thông báo giao việc' }],
        },
      }],
    });
    render(withQueryClient(<Steps id="c1" />));
    fireEvent.change(await screen.findByLabelText(/Nội dung quyết định/), { target: { value: 'Xem thử' } });
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await screen.findByText('Chuyển vụ việc sang «Đã quyết định».')).toBeTruthy();
    expect(screen.getByText('Mở thời hạn «Báo cáo kết quả», hạn 20/03/2026')).toBeTruthy();
    expect(screen.getByText('Thông báo giao việc — gửi đơn vị được giao, người cung cấp thông tin')).toBeTruthy();
    const [preview] = api.posts();
    expect(preview.query.get('dryRun')).toBe('true');
    expect(preview.headers.get('If-Match')).toBe('4');
    expect(preview.headers.get('Idempotency-Key')).toBeNull();
  });

  it('shows the vote view beside a ballot step, fed with what is being typed', async () => {
    const api = installFakeApi({
      caseView: fakeCase({ availableEvents: [{ type: 'RECORD_VOTE', label: 'Ghi nhận kết quả bỏ phiếu', ballot: true }] }),
      procedure: fakeProcedure([step('RECORD_VOTE', 'Ghi nhận kết quả bỏ phiếu', {
        type: 'object', properties: { present: { type: 'integer', title: 'Số có mặt' } },
      })]),
      stepAnswers: [],
    });
    render(withQueryClient(<Steps id="c1" />));
    expect(await screen.findByText('Biểu quyết')).toBeTruthy();
    fireEvent.change(await screen.findByLabelText(/Số có mặt/), { target: { value: '9' } });
    await waitFor(() => {
      const previews = api.requests.filter((r) => r.method === 'POST' && r.path === '/cases/c1/vote-preview');
      expect(previews.at(-1)?.body).toEqual({ type: 'RECORD_VOTE', payload: { present: 9 } });
    }, { timeout: 3000 });
    // The vote view asks the server; it is not a step being sent.
    expect(api.posts().filter((r) => r.path.endsWith('/events'))).toHaveLength(0);
  });
});
