import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApi, renderSignedIn, signOutAfterTest, type Call } from '../statistics/harness.test-util';
import AuditPage from './AuditPage';
import { integrityStatus, type VerifyAnswer } from './integrity';

const sound: VerifyAnswer = {
  caseId: 'c-a',
  intact: true,
  eventsChecked: 4,
  headMatches: true,
  firstBreak: null,
  checkpoint: { id: 'k1', takenAt: '2026-12-03T18:00:00.000Z', keyId: 'ed25519-1', seq: 3, hash: 'ab', present: true, problem: null, signature: 'VALID' },
  ok: true,
  summary: 'Toàn vẹn: 4 sự kiện, chuỗi băm liên tục và khớp với phiên bản hiện tại của vụ việc; khớp với mốc ký số.',
};

const broken: VerifyAnswer = {
  ...sound,
  caseId: 'c-b',
  intact: false,
  firstBreak: { seq: 3, reason: 'HASH_MISMATCH', reasonLabel: 'nội dung sự kiện không khớp với mã băm đã lưu' },
  checkpoint: { ...sound.checkpoint!, present: false, problem: 'HASH_DIFFERS' },
  ok: false,
  summary: 'KHÔNG toàn vẹn: chuỗi băm bị phá vỡ tại sự kiện thứ 3.',
};

describe('integrityStatus', () => {
  it.each<[string, VerifyAnswer | undefined, boolean, string]>([
    ['a sound chain matching its checkpoint', sound, false, 'intact'],
    ['a sound chain no checkpoint covers yet', { ...sound, checkpoint: null }, false, 'intact'],
    ['a broken link', broken, false, 'tampered'],
    ['a head that no longer matches the case', { ...sound, headMatches: false, ok: false }, false, 'tampered'],
    ['a signed event missing since the checkpoint', { ...sound, checkpoint: { ...sound.checkpoint!, problem: 'EVENT_MISSING', present: false }, ok: false }, false, 'tampered'],
    ['a checkpoint whose signature fails', { ...sound, checkpoint: { ...sound.checkpoint!, signature: 'BAD_SIGNATURE' }, ok: false }, false, 'tampered'],
    ['the server saying not ok for any other reason', { ...sound, ok: false }, false, 'tampered'],
    ['no answer while asking', undefined, true, 'checking'],
    ['no answer (refused or failed)', undefined, false, 'unchecked'],
  ])('%s → %s', (_, answer, pending, status) => {
    expect(integrityStatus(answer, pending)).toBe(status);
  });
});

const CASES = [
  { id: 'c-a', title: 'Báo Tuổi Trẻ phản ánh sai phạm đất đai' },
  { id: 'c-b', title: 'Đơn phản ánh đảng viên vi phạm lối sống' },
  { id: 'c-c', title: 'Cử tri phản ánh cán bộ nhận quà' },
].map((c) => ({
  ...c,
  procedureId: 'quy-dinh-1374',
  machineVersion: 2,
  state: 'received',
  stateLabel: 'Tiếp nhận',
  status: 'OPEN',
  reportCategory: 'NOT_YET_HANDLED',
  tags: [],
  version: 1,
  orgUnitId: 'u-city',
  assignedUnitId: null,
  receivedAt: '2026-11-19T17:30:00.000Z',
  createdAt: '2026-11-19T17:30:00.000Z',
  updatedAt: '2026-11-19T17:30:00.000Z',
}));

function api(): Call[] {
  return mockApi((call) => {
    if (call.path === '/procedures') return [200, [{ id: 'quy-dinh-1374', version: 2, title: 'Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU', legalBasis: '', createRoles: [], events: [], states: {}, definition: {}, schemaUrl: '' }]];
    // Page 1 of 41 cases: only these three are on screen.
    if (call.path === '/cases') return [200, { items: CASES, page: 1, pageSize: 20, total: 41 }];
    if (call.path === '/cases/c-a/timeline/verify') return [200, sound];
    if (call.path === '/cases/c-b/timeline/verify') return [200, broken];
    if (call.path === '/cases/c-c/timeline/verify') return [503, { statusCode: 503, code: 'INTERNAL_ERROR', message: 'Hệ thống đang bận, thử lại sau.', correlationId: 'x' }];
    if (call.path === '/cases/c-b/access-log') {
      return [200, { caseId: 'c-b', page: 1, pageSize: 20, total: 1, items: [{ at: '2026-12-04T23:40:00.000Z', userId: 'u1', userName: 'Phạm Thị Dung', action: 'REVEAL_REPORTER', actionLabel: 'Xem danh tính người cung cấp thông tin', reason: 'Xác minh theo yêu cầu của Ban Thường vụ' }] }];
    }
    return undefined;
  });
}

/** The row of the cases table that shows `title`. */
function rowOf(title: string): HTMLElement {
  return screen.getByText(title).closest('tr') as HTMLElement;
}

afterEach(signOutAfterTest);

describe('AuditPage', () => {
  it('verifies the rows on the page only and shows each verdict in words', async () => {
    const calls = api();
    renderSignedIn(<AuditPage />, '/kiem-toan');
    await screen.findByText('Báo Tuổi Trẻ phản ánh sai phạm đất đai', {}, { timeout: 15_000 });
    await waitFor(() => expect(within(rowOf('Đơn phản ánh đảng viên vi phạm lối sống')).getByText('Bị sửa đổi')).toBeTruthy());
    expect(within(rowOf('Báo Tuổi Trẻ phản ánh sai phạm đất đai')).getByText('Toàn vẹn')).toBeTruthy();
    await waitFor(() => expect(within(rowOf('Cử tri phản ánh cán bộ nhận quà')).getByText('Chưa kiểm tra')).toBeTruthy());
    expect(within(rowOf('Cử tri phản ánh cán bộ nhận quà')).getByText('20/11/2026')).toBeTruthy();

    const verified = calls.filter((c) => c.path.endsWith('/timeline/verify')).map((c) => c.path);
    expect(new Set(verified)).toEqual(new Set(['/cases/c-a/timeline/verify', '/cases/c-b/timeline/verify', '/cases/c-c/timeline/verify']));

    // The details of the altered case: where the chain breaks and what the checkpoint says.
    fireEvent.click(within(rowOf('Đơn phản ánh đảng viên vi phạm lối sống')).getByRole('button', { name: 'Mở rộng dòng' }));
    expect(await screen.findByText('Bị phá vỡ tại sự kiện thứ 3: nội dung sự kiện không khớp với mã băm đã lưu')).toBeTruthy();
    expect(screen.getByText('Mốc ký lúc 04/12/2026 01:00; sự kiện đã ký: thứ 3')).toBeTruthy();
    expect(screen.getByText('Sự kiện đã ký hiện nay: Sự kiện tại vị trí đã ký có mã băm khác')).toBeTruthy();
  });

  it('shows the access log of a case with Vietnamese dates, who, what and why', async () => {
    const calls = api();
    renderSignedIn(<AuditPage />, '/kiem-toan');
    await screen.findByText('Đơn phản ánh đảng viên vi phạm lối sống', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Nhật ký truy cập vụ việc Đơn phản ánh đảng viên vi phạm lối sống' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('05/12/2026 06:40')).toBeTruthy();
    expect(within(drawer).getByText('Phạm Thị Dung')).toBeTruthy();
    expect(within(drawer).getByText('Xem danh tính người cung cấp thông tin')).toBeTruthy();
    expect(within(drawer).getByText('Xác minh theo yêu cầu của Ban Thường vụ')).toBeTruthy();
    expect(calls.find((c) => c.path === '/cases/c-b/access-log')!.query.get('page')).toBe('1');
  });
});
