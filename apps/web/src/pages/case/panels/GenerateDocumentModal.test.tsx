import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import DocumentsPanel from './DocumentsPanel';
import { fakeCaseView, installApi, refusal, renderWithApp, resetApi } from './panelTesting';

const caseView = fakeCaseView({ procedureId: 'ky-luat', procedureTitle: 'Thi hành kỷ luật đảng viên', orgUnitId: 'u1' });
const DRAFT_DOCX = '44444444-4444-4444-8444-444444444444';
const DRAFT_PDF = '55555555-5555-4555-8555-555555555555';
const SIGNED = '66666666-6666-4666-8666-666666666666';

const item = (over: Record<string, unknown>) => ({
  attachmentId: DRAFT_DOCX,
  formCode: 'QD-KY-LUAT',
  formName: 'Quyết định kỷ luật',
  fileName: 'Quyết định kỷ luật (bản nháp).docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  sizeBytes: 12_000,
  sha256: 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184',
  documentDate: '2026-12-06',
  author: 'Ban Thường vụ Thành ủy',
  aboutPerson: null,
  stampedAcrossPages: false,
  uploadedAt: '2026-12-06T02:00:00.000Z',
  uploadedBy: '8e589424-c562-46fc-bffb-57f94e8f0255',
  purgedAt: null,
  signedCopyOf: null,
  templateKey: null,
  templateVersion: null,
  ...over,
});

const dossier = (items: unknown[]) => ({ caseId: caseView.id, forms: { 'QD-KY-LUAT': 'Quyết định kỷ luật' }, kinds: [], items });
const drafts = [
  item({ templateKey: 'ky-luat.quyet-dinh-ky-luat', templateVersion: 2 }),
  item({ attachmentId: DRAFT_PDF, fileName: 'Quyết định kỷ luật (bản nháp).pdf', mediaType: 'application/pdf', sha256: 'c0ffee00' + '0'.repeat(56), templateKey: 'ky-luat.quyet-dinh-ky-luat', templateVersion: 2 }),
];

const templates = {
  date: '2026-12-06',
  unitId: 'u1',
  items: [
    { key: 'ky-luat.quyet-dinh-ky-luat', title: 'Quyết định kỷ luật đảng viên', procedureId: 'ky-luat', formCode: 'QD-KY-LUAT', version: 2, why: 'Mẫu chung.', fields: [] },
    { key: 'ky-luat.thong-bao', title: 'Thông báo kết quả kỷ luật', procedureId: 'ky-luat', formCode: 'TB-KY-LUAT', version: null, why: 'Không có phiên bản nào có hiệu lực vào ngày 06/12/2026.', fields: [] },
    { key: 'to-cao.ket-luan', title: 'Kết luận giải quyết tố cáo', procedureId: 'to-cao', formCode: 'KET-LUAN', version: 1, why: 'Mẫu chung.', fields: [] },
  ],
};

/** The API: the dossier (empty until generated), the templates, and `onGenerate` deciding the answer. */
function documentsApi(onGenerate: () => { status: number; body: unknown }, roles: Parameters<typeof installApi>[1] = ['TASK_FORCE_OFFICER']) {
  let items: unknown[] = [];
  return installApi(
    [
      { method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier(items) }) },
      { method: 'GET', path: '/document-templates', reply: () => ({ status: 200, body: templates }) },
      {
        method: 'POST',
        path: `/cases/${caseView.id}/documents/generate`,
        reply: () => {
          const answer = onGenerate();
          if (answer.status === 201) items = drafts;
          return answer;
        },
      },
    ],
    roles,
  );
}

const generated = {
  caseId: caseView.id,
  documentDate: '2026-12-06',
  documents: [],
  event: { seq: 7, type: 'DOCUMENT_GENERATED' },
  template: { key: 'ky-luat.quyet-dinh-ky-luat', title: 'Quyết định kỷ luật đảng viên', version: 2, sha256: 'ab', why: 'Mẫu chung.' },
};

async function openModal() {
  fireEvent.click(await screen.findByRole('button', { name: /Tạo văn bản từ mẫu/ }));
  return screen.findByRole('dialog');
}

afterEach(() => resetApi());

describe('Generating a document from a template', { timeout: 20_000 }, () => {
  it('lists only the templates of the case’s procedure, with the version in force on the document date for the case’s unit', async () => {
    const api = documentsApi(() => ({ status: 201, body: generated }));
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    const dialog = await openModal();
    expect(await within(dialog).findByText('Quyết định kỷ luật đảng viên')).toBeTruthy();
    expect(within(dialog).getByText('Phiên bản 2 đang áp dụng')).toBeTruthy();
    expect(within(dialog).queryByText('Kết luận giải quyết tố cáo')).toBeNull();
    // A template with no version on that date cannot be picked.
    expect(within(dialog).getByText('Không có phiên bản áp dụng vào ngày này')).toBeTruthy();
    expect((within(dialog).getByRole('radio', { name: /Thông báo kết quả kỷ luật/ }) as HTMLInputElement).disabled).toBe(true);
    const asked = api.of('GET', '/document-templates')[0];
    expect(asked.query.get('unitId')).toBe('u1');
    expect(asked.query.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Nothing is chosen yet: the button waits.
    expect(within(dialog).getByRole('button', { name: 'Tạo bản nháp' }).hasAttribute('disabled')).toBe(true);
  });

  it('generates the drafts, then lists the DOCX and the PDF marked as drafts from the template with a short SHA-256', async () => {
    const api = documentsApi(() => ({ status: 201, body: generated }));
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    const dialog = await openModal();
    fireEvent.click(await within(dialog).findByRole('radio', { name: /Quyết định kỷ luật đảng viên/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo bản nháp' }));
    const docxRow = (await screen.findByText('Quyết định kỷ luật (bản nháp).docx')).closest('tr')!;
    expect(docxRow.textContent).toContain('Bản nháp tạo từ mẫu (phiên bản 2)');
    expect(docxRow.textContent).toContain('b1946ac9…');
    const pdfRow = screen.getByText('Quyết định kỷ luật (bản nháp).pdf').closest('tr')!;
    expect(pdfRow.textContent).toContain('Bản nháp tạo từ mẫu (phiên bản 2)');
    expect(within(pdfRow).getByRole('button', { name: 'Tải về Quyết định kỷ luật (bản nháp).pdf' })).toBeTruthy();
    expect(within(pdfRow).getByRole('button', { name: 'Nộp bản đã ký của Quyết định kỷ luật (bản nháp).pdf' })).toBeTruthy();
    const sent = api.of('POST', `/cases/${caseView.id}/documents/generate`);
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toMatchObject({ template: 'ky-luat.quyet-dinh-ky-luat' });
    expect((sent[0].body as { documentDate: string }).documentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the server’s Vietnamese refusal in the dialog and lists nothing new', async () => {
    documentsApi(() => refusal(409, 'TEMPLATE_NOT_APPLICABLE', 'Mẫu văn bản này không dùng cho quy trình của vụ việc.'));
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    const dialog = await openModal();
    fireEvent.click(await within(dialog).findByRole('radio', { name: /Quyết định kỷ luật đảng viên/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo bản nháp' }));
    expect(await within(dialog).findByText('Mẫu văn bản này không dùng cho quy trình của vụ việc.')).toBeTruthy();
    expect(screen.queryByText('Quyết định kỷ luật (bản nháp).docx')).toBeNull();
  });

  it('offers drafting to a reader, but not filing a signed copy', async () => {
    installApi(
      [
        { method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier(drafts) }) },
        { method: 'GET', path: '/document-templates', reply: () => ({ status: 200, body: templates }) },
      ],
      ['AUDITOR'],
    );
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    await screen.findByText('Quyết định kỷ luật (bản nháp).docx');
    expect(screen.getByRole('button', { name: /Tạo văn bản từ mẫu/ })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Nộp bản đã ký/ })).toBeNull());
  });
});

/** The XMLHttpRequest uploadMultipart uses: records what is sent, answers with `answer`. */
function fakeXhr(answer: { status: number; body: unknown }) {
  const sent: FormData[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress?: (e: unknown) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    open() {}
    setRequestHeader() {}
    send(form: FormData) {
      sent.push(form);
      setTimeout(() => {
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 5);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

describe('Filing the signed copy of a draft', { timeout: 40_000 }, () => {
  it('sends the scan as the signed copy of the draft, then marks the draft as signed', async () => {
    let items: unknown[] = drafts;
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier(items) }) }], ['TASK_FORCE_OFFICER']);
    const sent = fakeXhr({ status: 201, body: { attachmentId: SIGNED, fileName: 'qd-da-ky.pdf' } });
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp bản đã ký của Quyết định kỷ luật (bản nháp).pdf' }));
    const dialog = await screen.findByRole('dialog');
    items = [...drafts, item({ attachmentId: SIGNED, fileName: 'qd-da-ky.pdf', mediaType: 'application/pdf', signedCopyOf: DRAFT_PDF })];
    const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.setup().upload(input, new File(['%PDF-1.4'], 'qd-da-ky.pdf', { type: 'application/pdf' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp bản đã ký' }));
    const signedRow = (await screen.findByText('Bản đã ký của “Quyết định kỷ luật (bản nháp).pdf”')).closest('tr')!;
    expect(signedRow.textContent).toContain('qd-da-ky.pdf');
    const draftRow = screen.getByRole('button', { name: 'Tải về Quyết định kỷ luật (bản nháp).pdf' }).closest('tr')!;
    expect(draftRow.textContent).toContain('Đã có bản đã ký');
    expect(sent).toHaveLength(1);
    expect(sent[0].get('signedCopyOf')).toBe(DRAFT_PDF);
    expect(sent[0].get('formCode')).toBe('QD-KY-LUAT');
    expect(sent[0].get('author')).toBe('Ban Thường vụ Thành ủy');
  });

  it('does not send without a file and shows the server’s refusal of the file', async () => {
    installApi([{ method: 'GET', path: `/cases/${caseView.id}/dossier`, reply: () => ({ status: 200, body: dossier(drafts) }) }], ['TASK_FORCE_OFFICER']);
    const sent = fakeXhr(refusal(415, 'ATTACHMENT_CONTENT_MISMATCH', 'Nội dung tệp không khớp với loại tệp khai báo.'));
    renderWithApp(<DocumentsPanel caseView={caseView} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp bản đã ký của Quyết định kỷ luật (bản nháp).docx' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp bản đã ký' }));
    expect(await within(dialog).findByText('Hãy chọn một tệp')).toBeTruthy();
    expect(sent).toHaveLength(0);
    await userEvent.setup().upload(dialog.querySelector<HTMLInputElement>('input[type=file]')!, new File(['<html>'], 'scan.pdf', { type: 'application/pdf' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp bản đã ký' }));
    expect(await within(dialog).findByText('Nội dung tệp không khớp với loại tệp khai báo.')).toBeTruthy();
    expect(sent).toHaveLength(1);
  });
});
