import { csvCell, timelineCsv } from './timeline-csv';
import type { TimelineDocument } from './timeline-document';

const doc = (over: Partial<TimelineDocument> = {}): TimelineDocument => ({
  caseId: '3f1c0d8e-0000-4000-8000-000000000001',
  title: 'Phản ánh cán bộ phường A',
  procedureTitle: 'Quy định 1374',
  unitName: 'Đảng ủy phường A',
  generatedAt: new Date('2026-11-20T18:30:00Z'),
  generatedBy: 'Kiểm toán viên',
  events: [
    {
      seq: 1,
      occurredAt: new Date('2026-11-20T17:05:09Z'),
      label: 'Tiếp nhận, đăng ký vụ việc',
      actorName: 'Nguyễn Văn Ẩn',
      fromState: '',
      toState: 'Đã tiếp nhận',
      details: [
        { depth: 0, label: 'Tiêu đề vụ việc', value: 'a, "b"' },
        { depth: 0, label: 'Đối tượng', value: '' },
        { depth: 1, label: 'Tên', value: 'Nguyễn Văn X' },
      ],
      payloadJson: '{"title":"a, \\"b\\""}',
      hash: 'ab'.repeat(32),
    },
  ],
  chainHead: { seq: 1, hash: 'ab'.repeat(32) },
  verification: { summary: 'Toàn vẹn: 1 sự kiện.', eventsChecked: 1 } as TimelineDocument['verification'],
  accessLog: [{ at: new Date('2026-11-21T01:00:00Z'), userName: '@admin', action: 'Xem vụ việc', reason: '' }],
  accessLogOmitted: 0,
  ...over,
});

describe('timeline CSV', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['bình thường', 'bình thường'],
    ['có, dấu phẩy', '"có, dấu phẩy"'],
    ['hai\ndòng', '"hai\ndòng"'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('keeps numbers as numbers (a sequence number is not a formula)', () => {
    expect(csvCell(-3)).toBe('-3');
  });

  it('starts with a UTF-8 BOM, has the Vietnamese headers and Vietnam times, and ends lines with CRLF', () => {
    const buf = timelineCsv(doc());
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines).toContain('Thứ tự,Thời điểm,Sự kiện,Người thực hiện,Từ trạng thái,Đến trạng thái,Nội dung,Mã băm,Dữ liệu gốc (JSON chuẩn hóa)');
    expect(lines).toContain('Thời điểm,Người truy cập,Hành động,Lý do');
    // 17:05:09Z is 00:05:09 the next day in Vietnam. The content as people read it (a field a line, nested fields
    // indented), then the canonical JSON the hash covers.
    expect(text).toContain(
      `1,21/11/2026 00:05:09,"Tiếp nhận, đăng ký vụ việc",Nguyễn Văn Ẩn,,Đã tiếp nhận,"Tiêu đề vụ việc: a, ""b""\nĐối tượng:\n  Tên: Nguyễn Văn X",` +
        `${'ab'.repeat(32)},"{""title"":""a, \\""b\\""""}"\r\n`,
    );
    expect(lines).toContain(`Sự kiện cuối của chuỗi,1,${'ab'.repeat(32)}`);
    expect(lines).toContain('Mốc ký số đối chiếu,Mốc ký số: chưa có mốc nào bao gồm vụ việc này,');
    expect(lines).toContain("21/11/2026 08:00:00,'@admin,Xem vụ việc,");
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('neutralises a formula in the title, the actor name and the access reason', () => {
    const text = timelineCsv(
      doc({
        title: '=cmd|" /C calc"!A0',
        accessLog: [{ at: new Date(0), userName: 'X', action: 'Xem', reason: '+evil()' }],
      }),
    ).toString('utf8');
    const cells = text
      .slice(1)
      .split('\r\n')
      .flatMap((l) => l.split(','));
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
    expect(text).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(text).toContain("'+evil()");
  });
});
