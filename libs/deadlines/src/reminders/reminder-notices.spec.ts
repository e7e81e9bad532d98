import { audienceOf, noticeBody, noticeSourceKey, noticeTitle, type FiredDeadline } from './reminder-notices';

const fired = (kind: string, over: Partial<FiredDeadline> = {}): FiredDeadline => ({
  deadlineId: '7f2c1b8e-0000-4000-8000-000000000001', generation: 2, kind, key: 'reportDue',
  dueAt: new Date('2026-12-07T16:59:59.999Z'), caseTitle: 'Phản ánh về đảng viên Nguyễn Văn Đức', ...over,
});

describe('reminder notices', () => {
  it.each([
    ['REMIND_3WD', 'Sắp đến hạn: '],
    ['REMIND_1WD', 'Sắp đến hạn: '],
    ['DUE_DAY', 'Hôm nay đến hạn: '],
    ['ESCALATE', 'Quá hạn: '],
    ['TERM_END', 'Kết thúc thời hạn: '],
  ])('%s is titled "%s…" followed by the case', (kind, prefix) => {
    expect(noticeTitle(fired(kind))).toBe(`${prefix}Phản ánh về đảng viên Nguyễn Văn Đức`);
  });

  it('says a reminder "hết" (runs out) and an escalation or a term "đã hết" (ran out), with the due instant', () => {
    expect(noticeBody(fired('REMIND_3WD'))).toBe('Thời hạn "reportDue" (lần 2) hết vào 2026-12-07T16:59:59.999Z.');
    expect(noticeBody(fired('DUE_DAY'))).toBe('Thời hạn "reportDue" (lần 2) hết vào 2026-12-07T16:59:59.999Z.');
    expect(noticeBody(fired('ESCALATE'))).toBe('Thời hạn "reportDue" (lần 2) đã hết vào 2026-12-07T16:59:59.999Z.');
    expect(noticeBody(fired('TERM_END'))).toBe('Thời hạn "reportDue" (lần 2) đã hết vào 2026-12-07T16:59:59.999Z.');
  });

  it('escalates only an escalation; a term that ends tells the officers, not the secretary', () => {
    expect(audienceOf('ESCALATE')).toBe('ESCALATE');
    expect(audienceOf('TERM_END')).toBe('REMIND');
    expect(audienceOf('DUE_DAY')).toBe('REMIND');
    expect(audienceOf('REMIND_1WD')).toBe('REMIND');
  });

  it('keys a notice by deadline, generation, kind and due, so a moved due is a new notice and a repeat is not', () => {
    const key = noticeSourceKey(fired('DUE_DAY'));
    expect(key).toBe(`dl-7f2c1b8e-0000-4000-8000-000000000001-g2-DUE_DAY-${Date.parse('2026-12-07T16:59:59.999Z')}`);
    expect(noticeSourceKey(fired('DUE_DAY'))).toBe(key);
    expect(noticeSourceKey(fired('DUE_DAY', { dueAt: new Date('2026-12-08T16:59:59.999Z') }))).not.toBe(key);
    expect(noticeSourceKey(fired('DUE_DAY', { generation: 3 }))).not.toBe(key);
    expect(noticeSourceKey(fired('REMIND_1WD'))).not.toBe(key);
  });
});
