import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RulesPage from '../RulesPage';
import { AUDITOR_ME, mockApi, refusal, renderSignedIn, rowOf, signOutAfterTest, TOP_ADMIN, type Call } from './testing';

const INSTRUMENTS = [
  { id: 'i1', code: '69-QĐ/TW', title: 'Quy định về kỷ luật tổ chức đảng, đảng viên vi phạm', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2022-07-06', effectiveFrom: '2022-07-06', replaces: ['102-QĐ/TW'], confidence: 'STATED', sourceRef: '[9]', notes: null, createdBy: null, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'i2', code: '296-QĐ/TW', title: 'Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng', issuer: 'Ban Chấp hành Trung ương', issuedOn: null, effectiveFrom: null, replaces: [], confidence: 'UNVERIFIED', sourceRef: '[61]', notes: 'Chưa có toàn văn', createdBy: null, createdAt: '2026-01-01T00:00:00Z' },
];

afterEach(signOutAfterTest);

function api(me = TOP_ADMIN, create?: (c: Call) => [number, unknown]) {
  return mockApi({
    me,
    rows: [],
    handler: (c) => {
      if (c.path === '/legal-instruments' && c.method === 'GET') {
        const code = c.query.get('code');
        const items = INSTRUMENTS.filter((i) => !code || i.code.includes(code));
        return [200, { items, page: 1, pageSize: 20, total: items.length }];
      }
      if (c.path === '/legal-instruments' && c.method === 'POST') return create?.(c);
      return undefined;
    },
  });
}

describe('the register of legal instruments', () => {
  it('lists each instrument with its dates, what it replaces and its confidence; filters by number', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = api(AUDITOR_ME);
    renderSignedIn(<RulesPage />, '/quy-tac?tab=van-ban');
    const known = rowOf(await screen.findByText('69-QĐ/TW'));
    expect(known.textContent).toContain('Ban Chấp hành Trung ương');
    expect([...known.querySelectorAll('td')].slice(2, 4).map((td) => td.textContent)).toEqual(['06/07/2022', '06/07/2022']);
    expect(known.textContent).toContain('Nêu rõ trong văn bản');
    const unsure = rowOf(screen.getByText('296-QĐ/TW'));
    expect([...unsure.querySelectorAll('td')].slice(2, 4).map((td) => td.textContent)).toEqual(['Chưa rõ', 'Chưa rõ']);
    expect(unsure.textContent).toContain('Chưa đối chiếu văn bản');
    expect(screen.queryByRole('button', { name: 'Đăng ký văn bản' })).toBeNull();

    await user.type(screen.getByLabelText('Số, ký hiệu có chứa'), '296{Enter}');
    await waitFor(() => expect(calls.filter((c) => c.path === '/legal-instruments').at(-1)?.query.get('code')).toBe('296'));
    await waitFor(() => expect(screen.queryByText('69-QĐ/TW')).toBeNull());
  });

  it('registers an instrument for the top administrator, and shows a taken number under the field', async () => {
    const user = userEvent.setup({ delay: null });
    let tries = 0;
    const calls = api(TOP_ADMIN, (c) => {
      tries++;
      return tries === 1 ? refusal(409, 'LEGAL_INSTRUMENT_CODE_TAKEN', 'Số, ký hiệu văn bản này đã có trong danh mục.') : [201, { ...INSTRUMENTS[0], ...(c.body as object), id: 'new' }];
    });
    renderSignedIn(<RulesPage />, '/quy-tac?tab=van-ban');
    await user.click(await screen.findByRole('button', { name: 'Đăng ký văn bản' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Số, ký hiệu'), { target: { value: '69-QĐ/TW' } });
    fireEvent.change(within(dialog).getByLabelText('Cơ quan ban hành'), { target: { value: 'Ban Chấp hành Trung ương' } });
    fireEvent.change(within(dialog).getByLabelText('Trích yếu'), { target: { value: 'Quy định sửa đổi về kỷ luật đảng' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('Độ tin cậy'));
    fireEvent.click(await screen.findByTitle('Suy ra từ văn bản'));
    fireEvent.change(within(dialog).getByLabelText('Nguồn (số hiệu tài liệu)'), { target: { value: '[62]' } });
    fireEvent.change(within(dialog).getByLabelText(/Lý do, căn cứ/), { target: { value: 'Văn bản mới được ban hành' } });
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));

    const codeItem = within(dialog).getByLabelText('Số, ký hiệu').closest('.ant-form-item')!;
    await waitFor(() => expect(codeItem.textContent).toContain('Số, ký hiệu văn bản này đã có trong danh mục.'));
    const posts = () => calls.filter((c) => c.method === 'POST' && c.path === '/legal-instruments').map((c) => c.body);
    expect(posts()[0]).toEqual({
      code: '69-QĐ/TW', title: 'Quy định sửa đổi về kỷ luật đảng', issuer: 'Ban Chấp hành Trung ương', issuedOn: null, effectiveFrom: null, replaces: [],
      confidence: 'INFERRED', sourceRef: '[62]', notes: null, reason: 'Văn bản mới được ban hành',
    });

    fireEvent.change(within(dialog).getByLabelText('Số, ký hiệu'), { target: { value: '400-QĐ/TW' } });
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));
    await waitFor(() => expect(posts()).toHaveLength(2));
    expect(posts()[1]).toMatchObject({ code: '400-QĐ/TW' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
