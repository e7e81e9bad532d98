import type { StatisticsView } from '@hoso/cases/services/statistics.service';
import { VIETNAM_UTC_OFFSET_MS } from '@hoso/kernel/legal-time';

export const viewLabel = (view: StatisticsView) =>
  view === 'AS_THEY_WERE' ? 'theo tổ chức giữ vụ việc vào cuối kỳ' : 'theo tổ chức hiện nay (tổ chức kế tục)';

/** An instant as officials read it: HH:mm dd/MM/yyyy in Vietnam. */
export function vietnamTime(iso: string): string {
  const t = new Date(Date.parse(iso) + VIETNAM_UTC_OFFSET_MS).toISOString();
  return `${t.slice(11, 16)} ngày ${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)}`;
}

/** "ngày 05 tháng 4 năm 2026" for an instant, in Vietnam (the date line of a Party document). */
export function documentDate(iso: string): { day: string; month: string; year: string } {
  const t = new Date(Date.parse(iso) + VIETNAM_UTC_OFFSET_MS).toISOString();
  return { day: t.slice(8, 10), month: String(Number(t.slice(5, 7))), year: t.slice(0, 4) };
}
