import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import { installApi, refusal, renderWithApp, resetApi } from '../../pages/case/panels/panelTesting';
import { Timeline } from './Timeline';
import { newestFirstWindow, type ProcedureVersion } from './payload';

const CASE = '22222222-2222-4222-8222-222222222222';
const UNIT = '8b230955-2c8b-40ce-b301-546d0cf1fc95';
type Item = Schemas['TimelineItemResponse'];

const procedure = {
  id: 'to-cao',
  version: 1,
  title: 'Giải quyết tố cáo đối với tổ chức đảng, đảng viên',
  legalBasis: 'Quy định 296-QĐ/TW',
  createRoles: [],
  states: {},
  definition: {},
  input: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      channel: { type: 'string', enum: ['LETTER', 'IN_PERSON'], 'x-enumLabels': { LETTER: 'Đơn gửi qua bưu điện', IN_PERSON: 'Trực tiếp' } },
      receivedByCompetentAt: { oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] },
      handlingBody: {
        type: 'object',
        properties: { level: { type: 'string', enum: ['PROVINCIAL'], 'x-enumLabels': { PROVINCIAL: 'Cấp tỉnh' } }, name: { type: 'string' } },
      },
    },
  },
  events: [
    {
      type: 'CONCLUDE',
      label: 'Kết luận giải quyết tố cáo',
      roles: [],
      actingUnit: 'CASE_UNIT',
      from: ['draftConclusion'],
      guards: [],
      payload: {
        type: 'object',
        properties: {
          outcome: { type: 'string', enum: ['TRUE', 'PARTLY_TRUE', 'FALSE'], 'x-enumLabels': { TRUE: 'Tố cáo đúng', PARTLY_TRUE: 'Tố cáo đúng một phần', FALSE: 'Tố cáo sai' } },
          violationToDisciplinaryLevel: { type: 'boolean', title: 'Vi phạm đến mức phải xem xét kỷ luật' },
          summary: { type: 'string' },
        },
      },
    },
  ],
} as unknown as ProcedureVersion;

function item(seq: number, over: Partial<Item> = {}): Item {
  return {
    seq,
    type: 'RECORD_VERIFICATION',
    label: `Ghi nhận kết quả xác minh ${seq}`,
    payload: {},
    actorId: '93747b3d-9a92-4334-9557-caa3af8b3a90',
    actorName: 'Phạm Thị Dung (Phó Bí thư Thường trực)',
    fromState: 'verifying',
    toState: 'verifying',
    toStateLabel: 'Đang thẩm tra, xác minh',
    machineVersion: 1,
    occurredAt: `2026-12-04T0${seq % 10}:15:00.000Z`,
    recordedAt: `2026-12-04T0${seq % 10}:15:01.000Z`,
    prevHash: 'a'.repeat(64),
    hash: `${seq}`.padStart(64, 'b'),
    ...over,
  };
}

const created = item(1, {
  type: 'CREATE',
  label: 'Tiếp nhận, đăng ký vụ việc',
  fromState: null,
  toState: 'received',
  toStateLabel: 'Tiếp nhận đơn tố cáo',
  occurredAt: '2026-12-03T01:30:00.000Z',
  payload: {
    title: 'Đơn tố cáo đảng viên Trần Văn Hùng',
    channel: 'LETTER',
    receivedByCompetentAt: '2026-12-03',
    handlingBody: { level: 'PROVINCIAL', name: 'Ban Thường vụ Thành ủy', unitId: UNIT },
  },
});
const concluded = item(2, {
  type: 'CONCLUDE',
  label: 'Kết luận giải quyết tố cáo',
  fromState: 'draftConclusion',
  toState: 'concluded',
  toStateLabel: 'Đã kết luận',
  occurredAt: '2026-12-04T09:05:00.000Z',
  payload: { outcome: 'PARTLY_TRUE', violationToDisciplinaryLevel: false, summary: 'Tố cáo đúng một phần' },
});

/** A timeline of `total` steps served oldest first in pages, as the API does. */
function timelineRoute(all: Item[]) {
  return {
    method: 'GET',
    path: `/cases/${CASE}/timeline`,
    reply: (req: { query: URLSearchParams }) => {
      const page = Number(req.query.get('page') ?? 1);
      const pageSize = Number(req.query.get('pageSize') ?? 20);
      return {
        status: 200,
        body: {
          caseId: CASE,
          items: all.slice((page - 1) * pageSize, page * pageSize),
          reminders: [{ key: 'handling', generation: 1, kind: 'REMIND_3WD', deliveredAt: '2026-12-04T01:00:00.000Z' }],
          links: { parent: null, children: [] },
          page,
          pageSize,
          total: all.length,
        },
      };
    },
  };
}

const verified = {
  caseId: CASE, intact: true, eventsChecked: 2, headMatches: true, firstBreak: null, checkpoint: null, ok: true,
  summary: 'Toàn vẹn: 2 sự kiện, chuỗi băm liên tục và khớp với phiên bản hiện tại của vụ việc.',
};

const articles = () => screen.getAllByRole('article');

afterEach(() => resetApi());

describe('Timeline', { timeout: 20_000 }, () => {
  it('shows each step newest first as a readable list: labels, who, when, values with the API’s Vietnamese labels', async () => {
    installApi([timelineRoute([created, concluded])]);
    renderWithApp(<Timeline caseId={CASE} version={2} procedureVersions={{ 1: procedure }} names={{ [UNIT]: 'Thành ủy Thành phố Hồ Chí Minh' }} deadlineNames={{ handling: 'Giải quyết tố cáo cấp tỉnh' }} />);
    await waitFor(() => expect(articles()).toHaveLength(2));
    const [first, second] = articles();
    expect(within(first).getByText('Kết luận giải quyết tố cáo')).toBeTruthy();
    expect(first.textContent).toContain('04/12/2026 16:05 · Người thực hiện: Phạm Thị Dung (Phó Bí thư Thường trực) · Bước 2');
    expect(first.textContent).toContain('Chuyển sang: Đã kết luận');
    // Field names: the schema's title, else the glossary; values: x-enumLabels, yes/no.
    const conclusion = within(first).getByText('Kết quả').nextElementSibling;
    expect(conclusion?.textContent).toBe('Tố cáo đúng một phần');
    expect(within(first).getByText('Vi phạm đến mức phải xem xét kỷ luật').nextElementSibling?.textContent).toBe('Không');

    expect(within(second).getByText('Tiếp nhận, đăng ký vụ việc')).toBeTruthy();
    expect(within(second).getByText('Hình thức tiếp nhận').nextElementSibling?.textContent).toBe('Đơn gửi qua bưu điện');
    expect(within(second).getByText('Received by competent at').nextElementSibling?.textContent).toBe('03/12/2026');
    // A nested group, with the unit's name instead of its id.
    expect(second.textContent).toContain('Cấp tỉnh');
    expect(second.textContent).toContain('Thành ủy Thành phố Hồ Chí Minh');
    expect(second.textContent).not.toContain(UNIT);
    expect(screen.getByText('04/12/2026 08:00: Nhắc trước 3 ngày làm việc (Giải quyết tố cáo cấp tỉnh)')).toBeTruthy();

    // No raw JSON for people; the technical details show it on request.
    expect(document.body.textContent).not.toContain('"outcome"');
    fireEvent.click(within(first).getByText('Chi tiết kỹ thuật'));
    await waitFor(() => expect(first.textContent).toContain('"outcome": "PARTLY_TRUE"'));
    expect(first.textContent).toContain('b'.repeat(63) + '2');
  });

  it('switches to oldest first', async () => {
    installApi([timelineRoute([created, concluded])]);
    renderWithApp(<Timeline caseId={CASE} version={2} procedureVersions={{ 1: procedure }} />);
    await waitFor(() => expect(articles()[0].textContent).toContain('Kết luận giải quyết tố cáo'));
    fireEvent.click(screen.getByText('Cũ nhất trước'));
    await waitFor(() => expect(articles()[0].textContent).toContain('Tiếp nhận, đăng ký vụ việc'));
  });

  it('pages newest first from the server’s oldest-first pages', async () => {
    const all = Array.from({ length: 25 }, (_, i) => item(i + 1));
    const api = installApi([timelineRoute(all)]);
    renderWithApp(<Timeline caseId={CASE} version={25} pageSize={10} />);
    await waitFor(() => expect(articles()).toHaveLength(10));
    expect(articles().map((a) => a.textContent?.match(/Ghi nhận kết quả xác minh \d+/)?.[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `Ghi nhận kết quả xác minh ${25 - i}`),
    );
    expect(api.of('GET', `/cases/${CASE}/timeline`).map((r) => r.query.get('page')).sort()).toEqual(['2', '3']);
    fireEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(articles()).toHaveLength(5));
    expect(articles()[0].textContent).toContain('Ghi nhận kết quả xác minh 5');
    expect(articles()[4].textContent).toContain('Ghi nhận kết quả xác minh 1');
    expect(newestFirstWindow(25, 2, 10)).toEqual({ start: 5, end: 15, serverPages: [1, 2] });
  });

  it('shows the chain verification as a badge and exports CSV for auditors', async () => {
    const createObjectURL = vi.fn(() => 'blob:timeline');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const api = installApi([
      timelineRoute([created, concluded]),
      { method: 'GET', path: `/cases/${CASE}/timeline/verify`, reply: () => ({ status: 200, body: verified }) },
      {
        method: 'GET',
        path: `/cases/${CASE}/timeline/export`,
        reply: (req) =>
          req.query.get('format') === 'csv'
            ? new Response('seq,type\n1,CREATE\n', { status: 200, headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="dien-bien.csv"' } })
            : refusal(422, 'EXPORT_TOO_LARGE', 'Diễn biến quá dài để xuất một lần.'),
      },
    ]);
    renderWithApp(<Timeline caseId={CASE} version={2} canAudit />);
    await waitFor(() => expect(screen.getByText('Chuỗi toàn vẹn')).toBeTruthy());
    expect(screen.getByText(verified.summary)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Xuất CSV/ }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(api.of('GET', `/cases/${CASE}/timeline/export`)[0].query.get('format')).toBe('csv');
    fireEvent.click(screen.getByRole('button', { name: /Xuất PDF/ }));
    await waitFor(() => expect(screen.getByText('Diễn biến quá dài để xuất một lần.')).toBeTruthy());
  });

  it('says where the chain breaks', async () => {
    installApi([
      timelineRoute([created, concluded]),
      {
        method: 'GET',
        path: `/cases/${CASE}/timeline/verify`,
        reply: () => ({
          status: 200,
          body: { ...verified, intact: false, ok: false, firstBreak: { seq: 2, reason: 'HASH_MISMATCH', reasonLabel: 'Mã băm không khớp với nội dung' }, summary: 'Chuỗi băm bị phá vỡ.' },
        }),
      },
    ]);
    renderWithApp(<Timeline caseId={CASE} version={2} canAudit />);
    await waitFor(() => expect(screen.getByText('Chuỗi bị phá vỡ')).toBeTruthy());
    expect(screen.getByTestId('chain-status').textContent).toContain('Chuỗi băm bị phá vỡ. Lỗi tại bước 2: Mã băm không khớp với nội dung');
  });

  it('offers no verification or export to those the server would refuse', async () => {
    const api = installApi([timelineRoute([created])]);
    renderWithApp(<Timeline caseId={CASE} version={1} />);
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /Xuất CSV/ })).toBeNull();
    expect(api.of('GET', `/cases/${CASE}/timeline/verify`)).toHaveLength(0);
  });
});
