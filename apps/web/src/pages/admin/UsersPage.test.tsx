import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import UsersPage from './UsersPage';
import { ADMIN_ME, descriptionOf, mockApi, refusal, renderSignedIn, signOutAfterTest, type Call } from './testing';

const UNITS = [{ id: 'u-city', parentId: null, code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL' }];
const GIANG = { id: 'p-giang', username: 'kiemtoan', displayName: 'Võ Thị Giang', lockedUntil: null, roles: [{ unitId: 'u-city', role: 'AUDITOR' }] };
const SELF = { id: ADMIN_ME.id, username: 'quantri', displayName: 'Quản trị hệ thống', active: true, lockedUntil: null, roles: [{ unitId: 'u-city', role: 'ADMIN' }] };

/** The API with one deactivatable user; `onDeactivate` decides the answer to the deactivation. */
function api(onDeactivate: (call: Call) => [number, unknown]) {
  let active = true;
  return mockApi((call) => {
    if (call.path === '/org-units') return [200, { items: UNITS, page: 1, pageSize: 500, total: 1 }];
    if (call.path === '/users' && call.method === 'GET') {
      const items = [{ ...GIANG, active }, SELF];
      return [200, { items, page: 1, pageSize: 20, total: items.length }];
    }
    if (call.path === `/users/${GIANG.id}/deactivate` && call.method === 'POST') {
      const answer = onDeactivate(call);
      if (answer[0] === 200) active = false;
      return answer;
    }
    return undefined;
  });
}

const deactivations = (calls: Call[]) => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/deactivate'));

async function openDeactivate() {
  fireEvent.click(await screen.findByLabelText('Vô hiệu hóa: Võ Thị Giang'));
  const dialog = await screen.findByRole('dialog');
  const reason = within(dialog).getByLabelText('Lý do (ghi vào nhật ký kiểm toán)');
  const confirm = within(dialog).getByRole('button', { name: 'Vô hiệu hóa' });
  return { dialog, reason, confirm };
}

afterEach(signOutAfterTest);

describe('UsersPage: deactivating an account', () => {
  it('requires a reason of at least 10 characters, then sends it and shows the account deactivated', async () => {
    const calls = api(() => [200, { id: GIANG.id, username: GIANG.username, active: false }]);
    renderSignedIn(<UsersPage />);
    const { dialog, reason, confirm } = await openDeactivate();

    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Hãy nhập lý do')).toBeTruthy();
    fireEvent.change(reason, { target: { value: 'quá ngắn' } });
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Lý do cần ít nhất 10 ký tự (hiện có 8).')).toBeTruthy();
    expect(deactivations(calls)).toHaveLength(0);

    fireEvent.change(reason, { target: { value: '  Chuyển công tác theo Quyết định 12/QĐ-TU  ' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(deactivations(calls)).toHaveLength(1));
    expect(deactivations(calls)[0].body).toEqual({ reason: 'Chuyển công tác theo Quyết định 12/QĐ-TU' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Đã vô hiệu hóa')).toBeTruthy();
    expect(screen.getByLabelText('Kích hoạt lại: Võ Thị Giang')).toBeTruthy();
  });

  it("keeps the dialog open with the server's refusal in Vietnamese", async () => {
    api(() => refusal(409, 'CANNOT_DEACTIVATE_SELF', 'Không thể tự vô hiệu hóa tài khoản của chính mình.'));
    renderSignedIn(<UsersPage />);
    const { dialog, reason, confirm } = await openDeactivate();
    fireEvent.change(reason, { target: { value: 'Lý do đủ dài để gửi đi' } });
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Không thể tự vô hiệu hóa tài khoản của chính mình.')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('does not offer deactivation of your own account', async () => {
    api(() => [500, {}]);
    renderSignedIn(<UsersPage />);
    const own = await screen.findByLabelText('Vô hiệu hóa: Quản trị hệ thống');
    expect((own as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('UsersPage: creating an account', () => {
  it("shows the policy's refusal under the password field, then the generated password once", async () => {
    let attempts = 0;
    const calls = mockApi((call) => {
      if (call.path === '/org-units') return [200, { items: UNITS, page: 1, pageSize: 500, total: 1 }];
      if (call.path === '/users' && call.method === 'GET') return [200, { items: [SELF], page: 1, pageSize: 20, total: 1 }];
      if (call.path === '/users' && call.method === 'POST') {
        attempts += 1;
        if (attempts === 1) return refusal(400, 'PASSWORD_POLICY', 'Mật khẩu chưa đạt yêu cầu.', { problems: [{ rule: 'minLength', message: 'Mật khẩu phải có ít nhất 12 ký tự (hiện có 6).' }] });
        return [201, { id: 'p-new', username: 'nguyenvana', displayName: 'Nguyễn Văn A' }];
      }
      return undefined;
    });
    renderSignedIn(<UsersPage />);
    fireEvent.click(await screen.findByText('Tạo người dùng', { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên đăng nhập'), { target: { value: 'NguyenVanA' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Nguyễn Văn A' } });
    const password = within(dialog).getByLabelText('Mật khẩu ban đầu');
    fireEvent.change(password, { target: { value: 'abc123' } });
    fireEvent.click(within(dialog).getByText('Tạo người dùng', { selector: 'button span' }));
    await waitFor(() => expect(descriptionOf(password)).toContain('Mật khẩu phải có ít nhất 12 ký tự (hiện có 6).'));
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/users')[0].body).toEqual({ username: 'nguyenvana', displayName: 'Nguyễn Văn A', password: 'abc123' });

    fireEvent.click(within(dialog).getByText('Tạo mật khẩu ngẫu nhiên'));
    const generated = (password as HTMLInputElement).value;
    expect(generated).toMatch(/^.{16}$/);
    fireEvent.click(within(dialog).getByText('Tạo người dùng', { selector: 'button span' }));
    const notice = await screen.findByText('Đã tạo tài khoản nguyenvana');
    const noticeDialog = notice.closest('[role="dialog"]') as HTMLElement;
    expect(within(noticeDialog).getByText(generated)).toBeTruthy();
    expect((calls.filter((c) => c.method === 'POST' && c.path === '/users')[1].body as { password: string }).password).toBe(generated);
  });
});
