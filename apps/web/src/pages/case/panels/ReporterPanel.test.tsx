import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import ReporterPanel from './ReporterPanel';
import { fakeCaseView, installApi, refusal, renderWithApp, resetApi } from './panelTesting';

const caseView = fakeCaseView();
const revealPath = `/cases/${caseView.id}/reporter/reveal`;
const identity = { name: 'Phạm Minh Tuấn', address: '45 Nguyễn Huệ, phường Sài Gòn', contact: 'tuan.pm@example.vn', signature: null, revealedAt: '2026-12-04T23:55:00.000Z' };

afterEach(() => resetApi());

const revealButton = () => screen.findByRole('button', { name: /^lock Xem danh tính$|^Xem danh tính$/ });

describe('ReporterPanel', { timeout: 20_000 }, () => {
  it('shows only which details were given, masked', async () => {
    installApi([], ['TASK_FORCE_OFFICER']);
    renderWithApp(<ReporterPanel caseView={caseView} />);
    expect(await screen.findByText('Danh tính người cung cấp thông tin được bảo vệ')).toBeTruthy();
    expect(screen.getByText('Họ và tên')).toBeTruthy();
    expect(screen.getByText('Điện thoại, thư điện tử')).toBeTruthy();
    expect(screen.queryByText('Địa chỉ')).toBeNull();
    expect(screen.getAllByText('•••••• (được bảo vệ)')).toHaveLength(2);
    // Not the custodian: no reveal offered.
    expect(screen.queryByRole('button', { name: /Xem danh tính/ })).toBeNull();
  });

  it('reveals only with a reason, after a warning that names the custodian, and forgets the identity on close', async () => {
    const user = userEvent.setup();
    const api = installApi([{ method: 'POST', path: revealPath, reply: () => ({ status: 200, body: identity }) }], ['IDENTITY_CUSTODIAN']);
    const { client } = renderWithApp(<ReporterPanel caseView={caseView} />);
    await user.click(await revealButton());
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Việc xem danh tính được ghi vào nhật ký truy cập')).toBeTruthy();
    expect(dialog.textContent).toContain('Người xem: Ngô Thị Hà.');

    // No reason: refused in the form, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Xem danh tính (ghi nhật ký)' }));
    expect(await within(dialog).findByText('Hãy nêu lý do')).toBeTruthy();
    // Too short a reason: still nothing sent.
    await user.type(within(dialog).getByLabelText('Lý do cần xem danh tính'), 'cần xem');
    await user.click(within(dialog).getByRole('button', { name: 'Xem danh tính (ghi nhật ký)' }));
    expect(await within(dialog).findByText('Lý do cần ít nhất 10 ký tự')).toBeTruthy();
    expect(api.of('POST', revealPath)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Lý do cần xem danh tính'), ' để liên hệ bổ sung tài liệu');
    await user.click(within(dialog).getByRole('button', { name: 'Xem danh tính (ghi nhật ký)' }));
    expect(await within(dialog).findByText('Phạm Minh Tuấn')).toBeTruthy();
    expect(api.of('POST', revealPath)[0].body).toEqual({ reason: 'cần xem để liên hệ bổ sung tài liệu' });
    expect(dialog.textContent).toContain('45 Nguyễn Huệ, phường Sài Gòn');

    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByText('Phạm Minh Tuấn')).toBeNull());
    expect(document.body.textContent).not.toContain('tuan.pm@example.vn');
    expect(JSON.stringify(sessionStorage)).not.toContain('Phạm Minh Tuấn');
    expect(JSON.stringify(localStorage)).not.toContain('Phạm Minh Tuấn');
    // Nor in TanStack Query's caches (a mutation, never a cached query).
    await waitFor(() => expect(JSON.stringify(client.getMutationCache().getAll().map((m) => m.state.data))).not.toContain('Phạm Minh Tuấn'));
    expect(JSON.stringify(client.getQueryCache().getAll().map((q) => q.state.data))).not.toContain('Phạm Minh Tuấn');

    // Opening again asks for a reason again: nothing was kept.
    await user.click(await revealButton());
    const again = await screen.findByRole('dialog');
    expect(within(again).queryByText('Phạm Minh Tuấn')).toBeNull();
    expect(within(again).getByLabelText<HTMLTextAreaElement>('Lý do cần xem danh tính').value).toBe('');
  });

  it('shows the server’s refusal in the window', async () => {
    const user = userEvent.setup();
    installApi(
      [{ method: 'POST', path: revealPath, reply: () => refusal(403, 'REVEAL_NOT_ALLOWED', 'Bạn không được xem danh tính người cung cấp thông tin của vụ việc này.') }],
      ['IDENTITY_CUSTODIAN'],
    );
    renderWithApp(<ReporterPanel caseView={caseView} />);
    await user.click(await revealButton());
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Lý do cần xem danh tính'), 'Kiểm tra theo yêu cầu của Ủy ban Kiểm tra');
    await user.click(within(dialog).getByRole('button', { name: 'Xem danh tính (ghi nhật ký)' }));
    expect(await within(dialog).findByText('Bạn không được xem danh tính người cung cấp thông tin của vụ việc này.')).toBeTruthy();
  });
});
