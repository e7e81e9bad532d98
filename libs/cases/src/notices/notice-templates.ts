/**
 * The Vietnamese text of each `notify` template the machines declare (workflows/**: `template: '…'`), as a title
 * prefix (the case's title follows) and a sentence for the body. A template missing here is still delivered, with the
 * generic text: a new machine step never loses its notice for want of wording.
 */
export const NOTICE_TEMPLATES: Readonly<Record<string, { title: string; body: string }>> = {
  '1374.assigned': { title: 'Được giao giải quyết', body: 'Đơn vị được giao giải quyết thông tin phản ánh và báo cáo kết quả xử lý.' },
  '1374.result': { title: 'Kết quả giải quyết', body: 'Đã có kết quả giải quyết thông tin phản ánh.' },
  '1374.forwarded': { title: 'Đã chuyển cơ quan có thẩm quyền', body: 'Thông tin phản ánh đã được chuyển đến cơ quan có thẩm quyền giải quyết.' },
  '1374.inspection': { title: 'Chuyển kiểm tra khi có dấu hiệu vi phạm', body: 'Thông tin phản ánh đã được chuyển sang kiểm tra khi có dấu hiệu vi phạm.' },
  'to-cao.result': { title: 'Kết quả giải quyết tố cáo', body: 'Đã có kết luận nội dung tố cáo.' },
  'to-cao.extension': { title: 'Gia hạn giải quyết tố cáo', body: 'Thời hạn giải quyết tố cáo đã được gia hạn.' },
  'ktdhvp.conclusion': { title: 'Kết luận kiểm tra', body: 'Đã có kết luận kiểm tra khi có dấu hiệu vi phạm.' },
  'ky-luat.proposed-up': { title: 'Đề nghị cấp trên xem xét kỷ luật', body: 'Cấp dưới đề nghị cấp ủy cấp trên xem xét, quyết định kỷ luật.' },
  'ky-luat.no-discipline': { title: 'Không thi hành kỷ luật', body: 'Đã quyết định không thi hành kỷ luật.' },
  'ky-luat.time-barred': { title: 'Hết thời hiệu kỷ luật', body: 'Đã hết thời hiệu xử lý kỷ luật.' },
  'ky-luat.decided': { title: 'Quyết định kỷ luật', body: 'Đã có quyết định thi hành kỷ luật.' },
  'ky-luat.complaint-result': { title: 'Kết quả giải quyết khiếu nại kỷ luật', body: 'Khiếu nại về quyết định kỷ luật đã được giải quyết.' },
  'khieu-nai.rejected': { title: 'Không thụ lý khiếu nại', body: 'Khiếu nại kỷ luật không được thụ lý.' },
  'khieu-nai.decided': { title: 'Kết quả giải quyết khiếu nại', body: 'Đã có quyết định giải quyết khiếu nại kỷ luật.' },
  'ket-nap.proposal': { title: 'Đề nghị kết nạp đảng viên', body: 'Chi bộ đề nghị cấp ủy cấp trên xem xét kết nạp đảng viên.' },
  'ket-nap.not-admitted': { title: 'Không kết nạp', body: 'Hồ sơ kết nạp đảng viên không được chấp thuận.' },
  'ket-nap.decision': { title: 'Quyết định kết nạp đảng viên', body: 'Đã có quyết định kết nạp đảng viên.' },
  'ket-nap.recognition-escalated': { title: 'Đề nghị công nhận đảng viên chính thức', body: 'Đề nghị cấp ủy cấp trên xem xét công nhận đảng viên chính thức.' },
  'ket-nap.recognised': { title: 'Công nhận đảng viên chính thức', body: 'Đã có quyết định công nhận đảng viên chính thức.' },
  'ket-nap.struck-off': { title: 'Xóa tên đảng viên dự bị', body: 'Đảng viên dự bị đã bị xóa tên.' },
  'to-chuc.in-effect': { title: 'Quyết định sắp xếp tổ chức có hiệu lực', body: 'Quyết định sắp xếp tổ chức đảng đã có hiệu lực; hồ sơ, đảng viên và vai trò đã được chuyển theo phương án.' },
  'cap-uy.filled': { title: 'Bổ sung cấp ủy', body: 'Đã có quyết định chỉ định (hoặc kết quả bầu) bổ sung cấp ủy viên; vai trò trong hệ thống có hiệu lực từ ngày quyết định có hiệu lực.' },
  'tham-tra.concluded': { title: 'Kết luận tiêu chuẩn chính trị', body: 'Đã có kết luận tiêu chuẩn chính trị (hồ sơ mật: chỉ người được giao hồ sơ xem).' },
  'tham-tra.higher-opinion': { title: 'Xin ý kiến cấp trên về tiêu chuẩn chính trị', body: 'Cơ quan có thẩm quyền xin ý kiến cấp trên trước khi kết luận tiêu chuẩn chính trị.' },
  'to-chuc.needs-correction': { title: 'Phương án sắp xếp tổ chức cần điều chỉnh', body: 'Đến ngày có hiệu lực nhưng phương án chưa thực hiện được; cấp ủy cần điều chỉnh phương án.' },
  'ktgs.plan-report': { title: 'Báo cáo kế hoạch kiểm tra, giám sát', body: 'Chi bộ (cấp ủy) báo cáo kế hoạch kiểm tra, giám sát và kết quả thực hiện.' },
  'ktgs.conclusion': { title: 'Kết luận kiểm tra, giám sát', body: 'Chi bộ đã kết luận nội dung kiểm tra, giám sát theo kế hoạch.' },
};

const GENERIC = { title: 'Thông báo về vụ việc', body: 'Vụ việc có thông báo mới.' };

/** Title column is 300 characters: the prefix, then as much of the case's title as fits. */
export function noticeTitle(template: string, caseTitle: string): string {
  return `${(NOTICE_TEMPLATES[template] ?? GENERIC).title}: ${caseTitle}`.slice(0, 300);
}

/** The template's sentence, then the summary the step carried (a NOTIFY's summary of the result), if any. */
export function noticeBody(template: string, summary?: string): string {
  const text = (NOTICE_TEMPLATES[template] ?? GENERIC).body;
  return summary ? `${text}\nNội dung: ${summary}` : text;
}

/** Unique per user and outbox message: a message delivered twice tells nobody twice. */
export function noticeSourceKey(outboxId: string): string {
  return `outbox-${outboxId}`;
}
