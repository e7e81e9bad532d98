import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import RegisterPage from './RegisterPage';
import { mockApi, OFFICER, refusal, renderPage, signOutAfterTest, type Call } from './testing';

const INPUT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Giải quyết thông tin phản ánh theo Quy định 1374',
  type: 'object',
  additionalProperties: false,
  required: ['title', 'source'],
  properties: {
    title: { type: 'string', title: 'Tiêu đề', minLength: 3, maxLength: 300 },
    source: {
      type: 'string',
      title: 'Nguồn thông tin',
      enum: ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'],
      'x-enumLabels': {
        VOTER: 'Ý kiến của cử tri',
        ELECTED_BODY: 'Hoạt động giám sát của cơ quan dân cử',
        CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 'Phản ánh, khiếu nại, tố cáo',
        PRESS: 'Thông tin phản ánh của báo chí',
      },
    },
  },
};

function api(onCreate: (call: Call) => [number, unknown]): Call[] {
  return mockApi((call) => {
    if (call.path === '/procedures/quy-dinh-1374/versions/2') return [200, { id: 'quy-dinh-1374', version: 2, input: INPUT_SCHEMA, events: [], states: {} }];
    if (call.path === '/cases' && call.method === 'POST') return onCreate(call);
    return undefined;
  });
}

const CREATED: [number, unknown] = [201, { case: { id: 'c-new', title: 'Báo chí phản ánh' }, event: {} }];

async function fillAndSend() {
  fireEvent.change(await screen.findByLabelText('Tiêu đề'), { target: { value: 'Báo chí phản ánh' } });
  fireEvent.mouseDown(screen.getByLabelText('Nguồn thông tin'));
  fireEvent.click(await screen.findByTitle('Thông tin phản ánh của báo chí'));
  fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Trần Thị Bích' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng ký vụ việc' }));
}

afterEach(signOutAfterTest);

describe('RegisterPage', () => {
  it('offers only the procedures the user may register, and the four sources with their Vietnamese labels', async () => {
    api(() => CREATED);
    renderPage(<RegisterPage />, '/tiep-nhan');
    await screen.findByLabelText('Tiêu đề');
    fireEvent.mouseDown(screen.getByLabelText('Quy trình'));
    expect((await screen.findAllByTitle('Giải quyết thông tin phản ánh theo Quy định 1374')).length).toBeGreaterThan(0);
    expect(screen.queryByTitle('Thi hành kỷ luật đảng viên')).toBeNull();
    fireEvent.mouseDown(screen.getByLabelText('Nguồn thông tin'));
    for (const label of ['Ý kiến của cử tri', 'Hoạt động giám sát của cơ quan dân cử', 'Phản ánh, khiếu nại, tố cáo', 'Thông tin phản ánh của báo chí']) {
      expect(await screen.findByTitle(label)).toBeTruthy();
    }
  });

  it('puts the identity in a protected block with autofill off', async () => {
    api(() => CREATED);
    renderPage(<RegisterPage />, '/tiep-nhan');
    const block = (await screen.findByRole('heading', { name: /Danh tính người cung cấp thông tin — được bảo mật/ })).closest('section')!;
    expect(block.textContent).toContain('mỗi lần xem đều phải nêu lý do và được ghi nhật ký');
    for (const label of ['Họ và tên', 'Điện thoại, thư điện tử', 'Địa chỉ']) {
      const input = screen.getByLabelText(label);
      expect(block.contains(input)).toBe(true);
      expect(input.getAttribute('autocomplete')).toBe('off');
    }
  });

  it('asks for no reporter on a procedure that does not start from a person’s information (discipline)', async () => {
    const secretary = { ...OFFICER, assignments: [{ unitId: 'u-city', role: 'SECRETARY', roleLabel: 'Bí thư' }] } as typeof OFFICER;
    mockApi((call) => (call.path === '/procedures/ky-luat/versions/1' ? [200, { id: 'ky-luat', version: 1, input: INPUT_SCHEMA, events: [], states: {} }] : undefined), secretary);
    renderPage(<RegisterPage />, '/tiep-nhan');
    await screen.findByLabelText('Tiêu đề');
    expect(screen.queryByRole('heading', { name: /Danh tính người cung cấp thông tin/ })).toBeNull();
    expect(screen.queryByLabelText('Họ và tên')).toBeNull();
  });

  it('registers once with an Idempotency-Key, the reporter and the unit, then opens the new case', async () => {
    const calls = api(() => CREATED);
    renderPage(<RegisterPage />, '/tiep-nhan');
    await fillAndSend();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/vu-viec/c-new'));
    const posts = calls.filter((c) => c.path === '/cases' && c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[0].body).toEqual({
      procedureId: 'quy-dinh-1374',
      orgUnitId: 'u-city',
      input: { title: 'Báo chí phản ánh', source: 'PRESS' },
      reporter: { name: 'Trần Thị Bích' },
    });
    expect(await screen.findByText('Đã đăng ký vụ việc “Báo chí phản ánh”.')).toBeTruthy();
    // The identity is never kept in the browser's storage.
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.toContain('Bích');
  });

  it('shows refusals under the fields they concern and retries with the same key', async () => {
    let attempt = 0;
    const calls = api(() =>
      ++attempt === 1
        ? refusal(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', {
            fields: [
              { field: 'reporter.name', constraint: 'maxLength', message: 'quá dài' },
              { field: 'title', constraint: 'minLength', message: 'quá ngắn' },
            ],
          })
        : CREATED,
    );
    renderPage(<RegisterPage />, '/tiep-nhan');
    await fillAndSend();
    const name = screen.getByLabelText('Họ và tên');
    await waitFor(() => expect(name.closest('.ant-form-item')!.textContent).toContain('quá dài'));
    expect(screen.getByLabelText('Tiêu đề').closest('.ant-form-item')!.textContent).toContain('Quá ngắn');

    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký vụ việc' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/vu-viec/c-new'));
    const keys = calls.filter((c) => c.path === '/cases').map((c) => c.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});
