import { ketNapReport } from './ket-nap.report';
import { kiemTraGiamSatReport } from './kiem-tra-giam-sat.report';
import { kyLuatReport } from './ky-luat.report';
import { quyDinh1374Report } from './quy-dinh-1374.report';
import type { ReportDefinition } from './report-definition';
import { toCaoReport } from './to-cao.report';
import { thamTraTieuChuanChinhTriReport } from './tham-tra-tieu-chuan-chinh-tri.report';
import { boSungCapUyReport } from './bo-sung-cap-uy.report';

/** The periodic reports, in the order committees publish them (issue 17 §3). */
export const REPORTS: readonly ReportDefinition[] = [quyDinh1374Report, kyLuatReport, toCaoReport, kiemTraGiamSatReport, ketNapReport, thamTraTieuChuanChinhTriReport, boSungCapUyReport];

export const REPORT_KEYS = REPORTS.map((r) => r.key);
