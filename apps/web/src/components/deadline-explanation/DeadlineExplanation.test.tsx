import { render, screen, within } from '@testing-library/react';
import { DeadlineExplanation, type DeadlineExplanationData } from './DeadlineExplanation';
import { dayByDay, humaniseDates, parseExplanation } from './explanation';

// What libs/deadlines planWith() stores for "10 ngày làm việc" started on Wed 11/02/2026 across Tết Bính Ngọ, then
// paused and resumed by the adjuster (its detail texts carry ISO dates).
const TET = 'Nghỉ Tết Nguyên Đán';
const tetExplanation = {
  rule: {
    id: '5cb40370-f3a3-5698-9ffc-58bdd3013d20',
    key: 'A.PRESS_EXPLAIN',
    value: 10,
    unit: 'WORKING_DAYS',
    startConvention: 'NEXT_DAY',
    startEvent: 'Ngày báo chí đăng tải thông tin',
    extensionValue: null,
    extensionMaxCount: 0,
    effectiveFrom: '2017-12-01',
    legalBasis: 'Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM)',
    sourceRef: 'S2',
    confidence: 'STATED',
    description: 'Người đứng đầu cơ quan, đơn vị báo cáo giải trình thông tin báo chí phản ánh',
    override: null,
  },
  ruleKey: 'A.PRESS_EXPLAIN',
  start: { instant: '2026-02-11T02:00:00.000Z', date: '2026-02-11', convention: 'NEXT_DAY' },
  calendarVersion: 3,
  countedDays: 10,
  skipped: [
    { date: '2026-02-14', reason: 'Thứ Bảy' },
    { date: '2026-02-15', reason: 'Chủ nhật' },
    { date: '2026-02-16', reason: TET },
    { date: '2026-02-17', reason: 'Tết Nguyên Đán' },
    { date: '2026-02-18', reason: TET },
    { date: '2026-02-19', reason: TET },
    { date: '2026-02-20', reason: TET },
    { date: '2026-02-21', reason: 'Thứ Bảy' },
    { date: '2026-02-22', reason: 'Chủ nhật' },
    { date: '2026-02-28', reason: 'Thứ Bảy' },
    { date: '2026-03-01', reason: 'Chủ nhật' },
  ],
  due: { date: '2026-03-04', instant: '2026-03-04T16:59:59.999Z' },
  note: '10 ngày làm việc kể từ ngày báo chí đăng tải thông tin (không tính ngày bắt đầu); hạn là hết ngày 2026-03-04 (giờ Việt Nam).',
  adjustments: [
    { at: '2026-02-24T03:00:00.000Z', kind: 'PAUSE', detail: 'Tạm dừng ngày 2026-02-24; còn 7 ngày làm việc (hạn cũ hết ngày 2026-03-04).' },
    { at: '2026-02-26T03:00:00.000Z', kind: 'RESUME', detail: 'Tiếp tục ngày 2026-02-26 với 7 ngày làm việc còn lại; hạn mới hết ngày 2026-03-09.' },
  ],
};

const data: DeadlineExplanationData = {
  caseId: '11111111-1111-4111-8111-111111111111',
  key: 'explanation',
  ruleKey: 'A.PRESS_EXPLAIN',
  status: 'PENDING',
  generation: 1,
  startAt: '2026-02-11T02:00:00.000Z',
  dueAt: '2026-03-09T16:59:59.999Z',
  closedAt: null,
  calendarVersion: 3,
  manualDue: false,
  explanation: tetExplanation,
};

// Ant Design's first render in jsdom is slow on a loaded machine.
describe('DeadlineExplanation', { timeout: 20_000 }, () => {
  it('states the arithmetic in one Vietnamese sentence, with the rule, its legal basis and the calendar', () => {
    render(<DeadlineExplanation data={data} />);
    expect(screen.getByTestId('explanation-summary').textContent).toContain(
      'Thời hạn 10 ngày làm việc, tính từ ngày 11/02/2026 (không tính ngày bắt đầu, đếm từ ngày hôm sau). Đã đếm 10 ngày làm việc và bỏ qua 11 ngày nghỉ; hạn là hết ngày 04/03/2026 (giờ Việt Nam).',
    );
    // Paused and resumed since: the current due differs from the rule's and says why.
    expect(screen.getByText('Hạn hiện tại: hết ngày 09/03/2026 (sau các điều chỉnh bên dưới).')).toBeTruthy();
    expect(screen.getByText('Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM) (Nguồn: S2)')).toBeTruthy();
    expect(screen.getByText('Người đứng đầu cơ quan, đơn vị báo cáo giải trình thông tin báo chí phản ánh')).toBeTruthy();
    expect(screen.getByText('phiên bản 3')).toBeTruthy();
    expect(screen.getByText('Nêu rõ trong văn bản')).toBeTruthy();
    expect(screen.getByText('hết ngày 09/03/2026')).toBeTruthy();
  });

  it('lists every day from the start to the due date: the start not counted, days off with their reason, the last day marked', () => {
    render(<DeadlineExplanation data={data} />);
    const section = screen.getByRole('region', { name: 'Từng ngày' });
    // (role queries over a 22-row table are slow in jsdom: the rows are read straight from the DOM)
    const rows = [...section.querySelectorAll('tbody tr')].filter((r) => r.querySelector('td:not([colspan])') && !r.getAttribute('aria-hidden'));
    // 11/02 … 04/03/2026 = 22 days: the start, 10 counted, 11 skipped.
    expect(rows).toHaveLength(22);
    expect(rows[0].textContent).toContain('11/02/2026Thứ TưKhôngNgày bắt đầu (không tính)');
    expect(rows[1].textContent).toContain('12/02/2026Thứ NămCóNgày thứ 1');
    expect(rows[5].textContent).toContain('16/02/2026Thứ HaiKhôngBỏ qua: Nghỉ Tết Nguyên Đán');
    expect(rows[6].textContent).toContain('17/02/2026Thứ BaKhôngBỏ qua: Tết Nguyên Đán');
    expect(rows[12].textContent).toContain('23/02/2026Thứ HaiCóNgày thứ 3');
    expect(rows[21].textContent).toContain('04/03/2026Thứ TưCóNgày thứ 10');
    expect(rows[21].textContent).toContain('Hạn cuối');
    expect(rows.filter((r) => r.textContent?.includes('Hạn cuối'))).toHaveLength(1);
    expect(within(section).getAllByText(/^Bỏ qua:/)).toHaveLength(11);
  });

  it('shows the adjustments with their dates in dd/MM/yyyy, never the stored ISO form', () => {
    render(<DeadlineExplanation data={data} />);
    expect(screen.getByText('Tạm dừng')).toBeTruthy();
    expect(screen.getByText('Tạm dừng ngày 24/02/2026; còn 7 ngày làm việc (hạn cũ hết ngày 04/03/2026).')).toBeTruthy();
    expect(screen.getByText('Tiếp tục ngày 26/02/2026 với 7 ngày làm việc còn lại; hạn mới hết ngày 09/03/2026.')).toBeTruthy();
    expect(screen.getByText('24/02/2026 10:00')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('names a re-planning by a new general rule version, with its dates in dd/MM/yyyy', () => {
    const detail =
      'Quy tắc A.PRESS_EXPLAIN có phiên bản mới từ 01/01/2027 (99-QĐ/TU): hạn 2027-01-25T16:59:59.999Z → 2027-02-01T16:59:59.999Z. Thành ủy sửa thời hạn';
    render(
      <DeadlineExplanation
        data={{ ...data, explanation: { ...tetExplanation, adjustments: [{ at: '2026-12-20T02:00:00.000Z', kind: 'RULE_VERSION', detail }] } }}
      />,
    );
    expect(screen.getByText('Tính lại theo phiên bản quy tắc mới')).toBeTruthy();
    expect(screen.getByText('Quy tắc A.PRESS_EXPLAIN có phiên bản mới từ 01/01/2027 (99-QĐ/TU): hạn 25/01/2027 → 01/02/2027. Thành ủy sửa thời hạn')).toBeTruthy();
  });

  it('explains a rule without a legal time limit and the due date the secretary set by hand', () => {
    render(
      <DeadlineExplanation
        data={{
          ...data,
          key: 'handling',
          ruleKey: 'B1.TOCAO_PROVINCIAL',
          startAt: '2026-12-03T00:00:00.000Z',
          dueAt: '2027-01-15T16:59:59.999Z',
          manualDue: true,
          calendarVersion: 1,
          explanation: {
            rule: { ...tetExplanation.rule, key: 'B1.TOCAO_PROVINCIAL', value: null, description: 'Giải quyết tố cáo cấp tỉnh: chưa tìm thấy thời hạn', confidence: 'NOT_FOUND' },
            ruleKey: 'B1.TOCAO_PROVINCIAL',
            start: { instant: '2026-12-03T00:00:00.000Z', date: '2026-12-03', convention: 'NEXT_DAY' },
            calendarVersion: 1,
            countedDays: null,
            skipped: [],
            due: null,
            note: 'Quy định chưa có thời hạn cho bước này: cấp ủy có thể đặt hạn thủ công.',
            adjustments: [{ at: '2026-12-04T23:45:00.000Z', kind: 'MANUAL_DUE', detail: 'Hạn đặt thủ công: hết ngày 2027-01-15. Theo chỉ đạo của Thường trực' }],
          },
        }}
      />,
    );
    expect(screen.getByTestId('explanation-summary').textContent).toContain('Quy định chưa có thời hạn cho bước này (bắt đầu từ ngày 03/12/2026)');
    expect(screen.getByText('Hạn này do Bí thư đặt thủ công: hết ngày 15/01/2027.')).toBeTruthy();
    expect(screen.getByText('Chưa tìm thấy trong văn bản')).toBeTruthy();
    expect(screen.getByText('Đặt hạn thủ công')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Từng ngày' })).toBeNull();
  });
});

describe('dayByDay', () => {
  it('marks a counted Saturday as a swapped working day', () => {
    // Fri 24/04/2026, 2 working days from the next day; Sat 25/04 is a working day by the calendar.
    const e = parseExplanation(
      {
        ...tetExplanation,
        rule: { ...tetExplanation.rule, value: 2 },
        start: { instant: '2026-04-24T02:00:00Z', date: '2026-04-24', convention: 'NEXT_DAY' },
        countedDays: 2,
        skipped: [{ date: '2026-04-26', reason: 'Chủ nhật' }],
        due: { date: '2026-04-27', instant: '2026-04-27T16:59:59.999Z' },
      },
      'A.PRESS_EXPLAIN',
    );
    expect(dayByDay(e)?.map((d) => [d.date, d.kind, d.n])).toEqual([
      ['2026-04-24', 'START_NOT_COUNTED', undefined],
      ['2026-04-25', 'SWAPPED', 1],
      ['2026-04-26', 'SKIPPED', undefined],
      ['2026-04-27', 'COUNTED', 2],
    ]);
  });

  it('counts the start day itself under SAME_DAY, and every day for calendar days', () => {
    const e = parseExplanation(
      {
        ...tetExplanation,
        rule: { ...tetExplanation.rule, unit: 'CALENDAR_DAYS', value: 3, startConvention: 'SAME_DAY' },
        start: { instant: '2026-03-06T02:00:00Z', date: '2026-03-06', convention: 'SAME_DAY' },
        skipped: [],
        due: { date: '2026-03-08', instant: '2026-03-08T16:59:59.999Z' },
      },
      'X',
    );
    expect(dayByDay(e)?.map((d) => [d.date, d.kind, d.n])).toEqual([
      ['2026-03-06', 'COUNTED', 1],
      ['2026-03-07', 'COUNTED', 2],
      ['2026-03-08', 'COUNTED', 3],
    ]);
  });

  it('shows the server’s warning when the count ran into a year without an official schedule, and none otherwise', () => {
    const WARNING = 'Năm 2027 chưa có lịch nghỉ lễ, Tết chính thức được xác nhận: ngày nghỉ năm 2027 đang tính theo Bộ luật Lao động 2019 (Điều 111, 112), hạn này có thể thay đổi khi có lịch nghỉ chính thức.';
    const { unmount } = render(<DeadlineExplanation data={{ ...data, explanation: { ...tetExplanation, warnings: [WARNING] } }} />);
    expect(screen.getAllByTestId('explanation-warning').map((w) => w.textContent)).toEqual([WARNING]);
    unmount();
    render(<DeadlineExplanation data={{ ...data, explanation: { ...tetExplanation, warnings: [] } }} />);
    expect(screen.queryByTestId('explanation-warning')).toBeNull();
    // Older rows have no warnings at all; anything but strings is dropped.
    expect(parseExplanation(tetExplanation, 'X').warnings).toEqual([]);
    expect(parseExplanation({ ...tetExplanation, warnings: [WARNING, 3, null, ''] }, 'X').warnings).toEqual([WARNING]);
  });

  it('writes ISO dates and instants of server notes as Vietnamese days', () => {
    expect(humaniseDates('Tính lại theo lịch phiên bản 4: 2026-12-30T16:59:59.999Z → 2027-01-04T16:59:59.999Z. Lịch mới')).toBe(
      'Tính lại theo lịch phiên bản 4: 30/12/2026 → 04/01/2027. Lịch mới',
    );
  });
});
