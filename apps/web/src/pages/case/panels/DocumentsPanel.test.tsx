import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import DocumentsPanel from './DocumentsPanel';
import { fakeCaseView, installApi, renderWithApp, resetApi } from './panelTesting';

const caseView = fakeCaseView();
const dossier = {
  caseId: caseView.id,
  forms: { 'BC-GIAI-TRINH': 'Báo cáo giải trình của người đứng đầu', 'KET-LUAN': 'Kết luận' },
  kinds: [
    { code: 'BC-GIAI-TRINH', label: 'Báo cáo giải trình của người đứng đầu', steps: [{ event: 'RECORD_EXPLANATION', eventLabel: 'Ghi nhận báo cáo giải trình', level: 'REQUIRED' }] },
  ],
  items: [
    {
      attachmentId: '33333333-3333-4333-8333-333333333333',
      formCode: 'BC-GIAI-TRINH',
      formName: 'Báo cáo giải trình của người đứng đầu',
      fileName: 'Báo cáo giải trình UBND phường.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 248_320,
      sha256: 'a666f45164e1c0ffee0123456789abcdef0123456789abcdef0123456789abcd',
      documentDate: '2026-12-04',
      author: 'Chủ tịch UBND phường Sài Gòn',
      aboutPerson: null,
      stampedAcrossPages: true,
      uploadedAt: '2026-12-04T23:47:00.000Z',
      uploadedBy: '8e589424-c562-46fc-bffb-57f94e8f0255',
      purgedAt: null,
    },
  ],
};

/** The XMLHttpRequest uploadMultipart uses: records what is sent, answers with `answer`. */
function fakeXhr(answer: { status: number; body: unknown }) {
  const sent: FormData[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    send(form: FormData) {
      sent.push(form);
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 10);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => resetApi());

const dropInput = () => document.querySelector<HTMLInputElement>('#dossier-upload-title ~ form input[type=file]')!;

async function fillMetadata() {
  const user = userEvent.setup();
  const section = screen.getByRole('region', { name: 'Nộp văn bản vào hồ sơ' });
  fireEvent.mouseDown(within(section).getByRole('combobox', { name: 'Biểu mẫu, loại văn bản' }));
  fireEvent.click(await screen.findByTitle('KET-LUAN — Kết luận'));
  await user.type(within(section).getByLabelText('Người, cơ quan lập văn bản'), 'Ủy ban Kiểm tra Thành ủy');
  return { user, section };
}

describe('DocumentsPanel', { timeout: 20_000 }, () => {
  it('lists the documents with form code, kind, date, author, size and a short SHA-256', async () => {
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier }) }], ['TASK_FORCE_OFFICER']);
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    const row = (await screen.findByText('Báo cáo giải trình UBND phường.pdf')).closest('tr')!;
    expect(row.textContent).toContain('BC-GIAI-TRINH');
    expect(row.textContent).toContain('Báo cáo giải trình của người đứng đầu');
    expect(row.textContent).toContain('04/12/2026');
    expect(row.textContent).toContain('Chủ tịch UBND phường Sài Gòn');
    expect(row.textContent).toContain('242,5 KB');
    expect(row.textContent).toContain('a666f451…');
    expect(row.textContent).toContain('Đã đóng dấu giáp lai');
  });

  it('refuses a file type the dossier does not take, in Vietnamese, before sending anything', async () => {
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier }) }], ['TASK_FORCE_OFFICER']);
    const sent = fakeXhr({ status: 201, body: {} });
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    await screen.findByText('Nộp văn bản vào hồ sơ');
    const { user } = await fillMetadata();
    await user.upload(dropInput(), new File(['MZ'], 'cai-dat.exe', { type: 'application/x-msdownload' }));
    expect(await screen.findByText('Không nhận tệp “cai-dat.exe”: chỉ nhận PDF, PNG, JPEG, DOCX, XLSX hoặc ODT.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nộp văn bản' }));
    expect(await screen.findByText('Hãy chọn một tệp')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('sends the metadata the API wants as multipart/form-data and shows the server’s refusal beside the file', async () => {
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier }) }], ['TASK_FORCE_OFFICER']);
    const sent = fakeXhr({
      status: 415,
      body: {
        statusCode: 415,
        code: 'ATTACHMENT_TYPE_NOT_ACCEPTED',
        message: 'Chỉ nhận tệp PDF, PNG, JPEG, DOCX, XLSX hoặc ODT (nhận biết theo nội dung tệp).',
        details: {},
        correlationId: 'c-1',
      },
    });
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    await screen.findByText('Nộp văn bản vào hồ sơ');
    const { user } = await fillMetadata();
    // Named .pdf, but the server reads the bytes.
    await user.upload(dropInput(), new File(['<html>không phải PDF</html>'], 'ket-luan.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Nộp văn bản' }));
    expect(await screen.findByText('Chỉ nhận tệp PDF, PNG, JPEG, DOCX, XLSX hoặc ODT (nhận biết theo nội dung tệp).')).toBeTruthy();
    expect(sent).toHaveLength(1);
    const form = sent[0];
    expect(form.get('formCode')).toBe('KET-LUAN');
    expect(form.get('author')).toBe('Ủy ban Kiểm tra Thành ủy');
    expect(form.get('documentDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(form.get('stampedAcrossPages')).toBe('false');
    expect((form.get('file') as File).name).toBe('ket-luan.pdf');
  });

  it('says how large a file may be when the server refuses it as too large', async () => {
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier }) }], ['TASK_FORCE_OFFICER']);
    fakeXhr({
      status: 413,
      body: { statusCode: 413, code: 'ATTACHMENT_TOO_LARGE', message: 'Tệp vượt quá dung lượng cho phép; không có gì được lưu.', details: { maxBytes: 52_428_800 }, correlationId: 'c-2' },
    });
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    await screen.findByText('Nộp văn bản vào hồ sơ');
    const { user } = await fillMetadata();
    await user.upload(dropInput(), new File(['%PDF-1.4'], 'ho-so-lon.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Nộp văn bản' }));
    expect(await screen.findByText('Tệp vượt quá dung lượng cho phép (tối đa 50 MB); không có gì được lưu.')).toBeTruthy();
  });

  it('offers no upload to a role the server would refuse', async () => {
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier }) }], ['AUDITOR']);
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    await screen.findByText('Báo cáo giải trình UBND phường.pdf');
    await waitFor(() => expect(screen.queryByText('Nộp văn bản vào hồ sơ')).toBeNull());
  });
});
