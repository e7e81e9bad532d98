import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import TemplatesPage from './TemplatesPage';
import { NAV } from '../../app/navigation';
import { mockApi, refusal, renderSignedIn, signOutAfterTest } from './testing';

const KEY = 'ky-luat.quyet-dinh-ky-luat';
const UNIT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const list = {
  date: '2026-12-06',
  unitId: null,
  items: [
    { key: KEY, title: 'Quyết định kỷ luật đảng viên', procedureId: 'ky-luat', formCode: 'QD-KY-LUAT', version: 2, effectiveFrom: '2026-07-01', why: 'Mẫu chung.', fields: [] },
    { key: 'ky-luat.thong-bao', title: 'Thông báo kết quả kỷ luật', procedureId: 'ky-luat', formCode: 'TB-KY-LUAT', version: null, why: 'Không có phiên bản nào có hiệu lực vào ngày 06/12/2026.', fields: [] },
  ],
};
const version = (v: number, over: Record<string, unknown> = {}) => ({
  key: KEY, procedureId: 'ky-luat', formCode: 'QD-KY-LUAT', title: 'Quyết định kỷ luật đảng viên', version: v,
  effectiveFrom: '2026-01-01', effectiveTo: null, unitId: null, unitName: null, reason: null, basis: 'Hướng dẫn 36-HD/VPTW về thể thức văn bản của Đảng',
  sha256: 'ab'.repeat(32), sizeBytes: 9000, createdAt: '2026-01-01T01:00:00.000Z', createdBy: null, ...over,
});
const versions = {
  key: KEY, title: 'Quyết định kỷ luật đảng viên', procedureId: 'ky-luat', formCode: 'QD-KY-LUAT',
  fields: [{ name: 'hoTen', description: 'Họ và tên đảng viên' }],
  versions: [
    version(3, { effectiveFrom: '2026-09-01', unitId: UNIT, unitName: 'Đảng ủy phường Sài Gòn', reason: 'Thêm dòng nơi nhận của phường', createdBy: '00000000-0000-4000-8000-000000000001', createdAt: '2026-08-20T03:00:00.000Z' }),
    version(2, { effectiveFrom: '2026-07-01' }),
    version(1, { effectiveTo: '2026-07-01' }),
  ],
};

function templatesApi(onUpload?: () => [number, unknown]) {
  return mockApi((call) => {
    if (call.path === '/document-templates' && call.method === 'GET') return [200, list];
    if (call.path === `/document-templates/${KEY}/versions` && call.method === 'GET') return [200, versions];
    if (call.path === `/document-templates/${KEY}/versions` && call.method === 'POST') return onUpload?.();
    if (call.path === '/procedures') return [200, [{ id: 'ky-luat', version: 1, title: 'Thi hành kỷ luật đảng viên', states: {} }]];
    if (call.path === '/org-units') return [200, { items: [], page: 1, pageSize: 500, total: 0 }];
    if (call.path === '/users') return [200, { items: [], page: 1, pageSize: 500, total: 0 }];
    return undefined;
  });
}

/** The XMLHttpRequest the upload uses: records the form, answers `answer`. */
function fakeXhr(answer: [number, unknown]) {
  const sent: FormData[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress?: (e: unknown) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    url = '';
    open(_m: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    send(form: FormData) {
      sent.push(form);
      setTimeout(() => {
        this.status = answer[0];
        this.responseText = JSON.stringify(answer[1]);
        this.onload?.();
      }, 5);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(signOutAfterTest);

async function openDrawer() {
  fireEvent.click(await screen.findByRole('button', { name: 'Các phiên bản của mẫu Quyết định kỷ luật đảng viên' }));
  return screen.findByRole('dialog');
}

describe('TemplatesPage', () => {
  it('is in the menu for administrators and the committee office only', () => {
    const entry = NAV.find((n) => n.path === '/mau-van-ban')!;
    expect(entry.roles).toEqual(['ADMIN', 'COMMITTEE_OFFICE']);
  });

  it('lists the templates with the version in force, and the versions with dates, unit override, reason and basis', async () => {
    templatesApi();
    renderSignedIn(<TemplatesPage />);
    const row = (await screen.findByText('Quyết định kỷ luật đảng viên')).closest('tr')!;
    expect(row.textContent).toContain('Phiên bản 2');
    expect(row.textContent).toContain('từ 01/07/2026');
    expect(row.textContent).toContain('QD-KY-LUAT');
    expect((await screen.findByText('Thông báo kết quả kỷ luật')).closest('tr')!.textContent).toContain('Không có phiên bản áp dụng');

    const drawer = await openDrawer();
    const v3 = (await within(drawer).findByText('Mẫu riêng: Đảng ủy phường Sài Gòn')).closest('tr')!;
    expect(v3.textContent).toContain('Từ 01/09/2026');
    expect(v3.textContent).toContain('Lý do: Thêm dòng nơi nhận của phường');
    expect(v3.textContent).toContain('Hướng dẫn 36-HD/VPTW');
    const v1 = within(drawer).getByRole('button', { name: 'Tải tệp .docx của phiên bản 1' }).closest('tr')!;
    expect(v1.textContent).toContain('Từ 01/01/2026 đến trước 01/07/2026');
    expect(v1.textContent).toContain('Mẫu chung');
    expect(v1.textContent).toContain('Mẫu mặc định của hệ thống');
  });

  it('uploads a new version and shows the server’s refusal naming the broken tag under the file', async () => {
    templatesApi();
    const sent = fakeXhr(refusal(422, 'TEMPLATE_INVALID', 'Mẫu văn bản có trường trộn bị lỗi, chưa lưu gì: thẻ {hoTenn} không thuộc danh sách trường của mẫu.', { errors: [{ tag: 'hoTenn' }] }));
    renderSignedIn(<TemplatesPage />);
    const drawer = await openDrawer();
    const section = await within(drawer).findByRole('region', { name: 'Tải lên phiên bản mới' });
    const submit = within(section).getByRole('button', { name: 'Tải lên phiên bản mới' });

    // Nothing is sent without a file, a date and a reason.
    fireEvent.click(submit);
    expect(await within(section).findByText('Hãy chọn tệp .docx của mẫu')).toBeTruthy();
    expect(await within(section).findByText('Hãy nhập lý do sửa mẫu')).toBeTruthy();
    expect(sent).toHaveLength(0);

    const user = userEvent.setup();
    await user.upload(section.querySelector<HTMLInputElement>('input[type=file]')!, new File(['PK'], 'quyet-dinh.docx'));
    const date = within(section).getByLabelText('Áp dụng cho văn bản đề ngày từ');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '01/01/2027' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.change(within(section).getByLabelText('Lý do sửa mẫu'), { target: { value: 'Sửa theo Hướng dẫn mới' } });
    fireEvent.click(submit);

    expect(await within(section).findByText('Mẫu văn bản có trường trộn bị lỗi, chưa lưu gì: thẻ {hoTenn} không thuộc danh sách trường của mẫu.')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0].get('effectiveFrom')).toBe('2027-01-01');
    expect(sent[0].get('reason')).toBe('Sửa theo Hướng dẫn mới');
    expect(sent[0].get('unitId')).toBeNull();
    expect((sent[0].get('file') as File).name).toBe('quyet-dinh.docx');
  });

  it('refuses a file that is not a .docx before sending', async () => {
    templatesApi();
    const sent = fakeXhr([201, {}]);
    renderSignedIn(<TemplatesPage />);
    const drawer = await openDrawer();
    const section = await within(drawer).findByRole('region', { name: 'Tải lên phiên bản mới' });
    await userEvent.setup({ applyAccept: false }).upload(section.querySelector<HTMLInputElement>('input[type=file]')!, new File(['%PDF'], 'mau.pdf', { type: 'application/pdf' }));
    expect(await within(section).findByText('Không nhận tệp “mau.pdf”: mẫu phải là tệp .docx.')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });
});
