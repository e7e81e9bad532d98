import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, mockApi, refusal, renderSignedIn, signOutAfterTest, type Call } from '../admin/testing';
import AccountPage from './AccountPage';

const UNITS = [{ id: 'u-city', parentId: null, code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL' }];
const PROBLEMS = [
  { rule: 'minLength', message: 'Mật khẩu phải có ít nhất 12 ký tự (hiện có 5).' },
  { rule: 'characterClasses', message: 'Mật khẩu phải có ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu (còn thiếu: chữ hoa, chữ số, ký hiệu).' },
];

function api(onChange: (call: Call) => [number, unknown]) {
  return mockApi((call) => {
    if (call.path === '/org-units') return [200, { items: UNITS, page: 1, pageSize: 500, total: 1 }];
    if (call.path === '/me/password' && call.method === 'POST') return onChange(call);
    return undefined;
  });
}

function fill(current: string, next: string, confirm = next) {
  fireEvent.change(screen.getByLabelText('Mật khẩu hiện tại'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: confirm } });
  fireEvent.click(screen.getByText('Đổi mật khẩu', { selector: 'button span' }));
}

afterEach(signOutAfterTest);

describe('AccountPage', () => {
  it('shows who you are and your roles unit by unit', async () => {
    api(() => [204, null]);
    renderSignedIn(<AccountPage />);
    expect(await screen.findByText('quantri')).toBeTruthy();
    expect(await screen.findByText('Thành ủy TP.HCM')).toBeTruthy();
    expect(screen.getAllByText('Quản trị hệ thống').length).toBeGreaterThanOrEqual(2); // name and role label
  });

  it("puts the password policy's reasons under the new password field, not under the current one", async () => {
    const calls = api(() => refusal(400, 'PASSWORD_POLICY', 'Mật khẩu chưa đạt yêu cầu: …', { problems: PROBLEMS }));
    renderSignedIn(<AccountPage />);
    await screen.findByText('quantri');
    fill('mat-khau-cu-Dung1', 'abcde');
    const field = screen.getByLabelText('Mật khẩu mới');
    await waitFor(() => expect(descriptionOf(field)).toContain(PROBLEMS[0].message));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(field)).toContain(PROBLEMS[1].message);
    expect(screen.getByLabelText('Mật khẩu hiện tại').getAttribute('aria-invalid')).toBeNull();
    expect(calls.find((c) => c.path === '/me/password')?.body).toEqual({ currentPassword: 'mat-khau-cu-Dung1', newPassword: 'abcde' });
  });

  it('puts a wrong current password under the current password field', async () => {
    api(() => refusal(400, 'CURRENT_PASSWORD_WRONG', 'Mật khẩu hiện tại không đúng.'));
    renderSignedIn(<AccountPage />);
    await screen.findByText('quantri');
    fill('sai-roi', 'Mat-khau-moi-2026');
    const field = screen.getByLabelText('Mật khẩu hiện tại');
    await waitFor(() => expect(descriptionOf(field)).toContain('Mật khẩu hiện tại không đúng.'));
  });

  it('does not send two different new passwords, and says the other sessions ended after a change', async () => {
    const calls = api(() => [204, null]);
    renderSignedIn(<AccountPage />);
    await screen.findByText('quantri');
    fill('Mat-khau-cu-2025', 'Mat-khau-moi-2026', 'Mat-khau-moi-2027');
    expect(await screen.findByText('Hai lần nhập mật khẩu mới không khớp.')).toBeTruthy();
    expect(calls.some((c) => c.path === '/me/password')).toBe(false);

    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'Mat-khau-moi-2026' } });
    fireEvent.click(screen.getByText('Đổi mật khẩu', { selector: 'button span' }));
    const done = await screen.findByRole('status');
    expect(within(done).getByText(/Các phiên đăng nhập khác của bạn/)).toBeTruthy();
    expect((screen.getByLabelText('Mật khẩu mới') as HTMLInputElement).value).toBe('');
  });
});
