import { addCalendarDays, type IsoDate } from '@hoso/kernel/legal-time';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { vietnamPeriod, type VietnamPeriod } from '@hoso/cases/services/vietnam-period';

/** A reporting period as committees name it, with the civil dates it covers ([from, to), Vietnam time). */
export interface ReportPeriod extends VietnamPeriod {
  /** The period's code when asked by name (2026-Q1, 2026-H1, 2026, 2026-03), else null. */
  code: string | null;
  /** "Quý I năm 2026", "6 tháng đầu năm 2026", "Năm 2026", "Tháng 3 năm 2026" or "Từ ngày 01/01/2026 đến ngày 15/02/2026". */
  label: string;
  /** The last day counted (the day before `to`). */
  lastDay: IsoDate;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');
/** dd/MM/yyyy, as dates are written in Party documents. */
export const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const invalid = (field: string, constraint: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field, constraint, message }] });

/** The first day and the day after the last of a named period, and its label; undefined when the code is not one. */
function named(code: string): { from: string; to: string; label: string } | undefined {
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|(0[1-9]|1[0-2])))?$/.exec(code);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1 || year > 9998) return undefined;
  const part = m[2];
  if (!part) return { from: `${year}-01-01`, to: `${year + 1}-01-01`, label: `Năm ${year}` };
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    const start = (q - 1) * 3 + 1;
    return {
      from: `${year}-${pad(start)}-01`,
      to: q === 4 ? `${year + 1}-01-01` : `${year}-${pad(start + 3)}-01`,
      label: `Quý ${ROMAN[q - 1]} năm ${year}`,
    };
  }
  if (part.startsWith('H')) {
    return part === 'H1'
      ? { from: `${year}-01-01`, to: `${year}-07-01`, label: `6 tháng đầu năm ${year}` }
      : { from: `${year}-07-01`, to: `${year + 1}-01-01`, label: `6 tháng cuối năm ${year}` };
  }
  const month = Number(part);
  return { from: `${year}-${pad(month)}-01`, to: month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, label: `Tháng ${month} năm ${year}` };
}

/**
 * The period of a report: by name (`period`: 2026-Q1…Q4, 2026-H1/H2, 2026, 2026-03) or by dates (`from` inclusive,
 * `to` exclusive, as the statistics). Exactly one of the two ways; anything else is refused with the reason in Vietnamese.
 */
export function reportPeriod(q: { period?: string; from?: string; to?: string }): ReportPeriod {
  const byDates = q.from !== undefined || q.to !== undefined;
  if (q.period !== undefined && byDates) {
    throw invalid('period', 'exclusive', 'chỉ chọn kỳ báo cáo theo một cách: period (ví dụ 2026-Q1) hoặc from và to');
  }
  if (q.period !== undefined) {
    const p = named(q.period);
    if (!p) {
      throw invalid(
        'period',
        'format',
        'kỳ báo cáo phải có dạng năm (2026), quý (2026-Q1 … 2026-Q4), 6 tháng (2026-H1, 2026-H2) hoặc tháng (2026-03)',
      );
    }
    const v = vietnamPeriod(p);
    return { ...v, code: q.period, label: p.label, lastDay: addCalendarDays(v.to, -1) };
  }
  if (q.from === undefined || q.to === undefined) {
    throw invalid(q.from === undefined ? 'from' : 'to', 'required', 'cần kỳ báo cáo: period (ví dụ 2026-Q1), hoặc cả ngày bắt đầu (from) và ngày kết thúc (to)');
  }
  const v = vietnamPeriod({ from: q.from, to: q.to });
  const lastDay = addCalendarDays(v.to, -1);
  return { ...v, code: null, label: `Từ ngày ${dmy(v.from)} đến ngày ${dmy(lastDay)}`, lastDay };
}

/** The calendar year the whole period lies in, or null when it spans more than one. */
export function yearOf(p: ReportPeriod): number | null {
  const y = Number(p.from.slice(0, 4));
  return Number(p.lastDay.slice(0, 4)) === y ? y : null;
}
