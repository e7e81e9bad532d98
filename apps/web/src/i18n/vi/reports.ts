const reports = {
  title: 'Báo cáo',
  intro: 'Báo cáo định kỳ của cấp ủy theo đơn vị (tính cả các đơn vị trực thuộc) và kỳ báo cáo; tải về Excel hoặc Word theo thể thức văn bản của Đảng.',
  filters: {
    label: 'Chọn báo cáo',
    report: 'Báo cáo',
    unit: 'Đơn vị',
    topUnit: 'Đơn vị cao nhất trong phạm vi',
    period: 'Kỳ báo cáo',
    view: 'Cách tính theo đơn vị',
  },
  view: {
    AS_THEY_WERE: 'Theo đơn vị tại thời điểm báo cáo',
    CURRENT_UNITS: 'Quy về đơn vị hiện nay',
  },
  meta: '{{unit}} · {{period}} (từ {{from}} đến {{to}}) · lập lúc {{at}}',
  download: {
    excel: 'Tải Excel',
    word: 'Tải Word',
    failed: 'Không tải được tệp báo cáo.',
  },
  table: {
    index: 'STT',
  },
  chart: {
    pie: 'tròn',
    bar: 'cột',
    summary: '{{title}} (biểu đồ {{kind}}): {{items}}.',
    empty: 'Chưa có số liệu trong kỳ và đơn vị đã chọn.',
  },
  notes: 'Ghi chú',
  noReports: 'Chưa có báo cáo nào.',
};

export default reports;
