// Dates as Vietnamese officials read them: dd/MM/yyyy, in Asia/Ho_Chi_Minh whatever the browser's zone.
const TZ = 'Asia/Ho_Chi_Minh';

const dateFmt = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant (ISO string or Date) as its Vietnamese civil date, dd/MM/yyyy; '' when absent. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCivilDate(value);
  return dateFmt.format(new Date(value));
}

/** An instant as dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = new Date(value);
  return `${dateFmt.format(d)} ${timeFmt.format(d)}`;
}

/** A civil date 'YYYY-MM-DD' as dd/MM/yyyy (no time zone involved). */
export function formatCivilDate(value: string): string {
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

/** Today's civil date in Vietnam, 'YYYY-MM-DD'. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from now until an instant (negative when past), counted on Vietnamese civil dates. */
export function daysUntil(value: string, now = new Date()): number {
  const toDay = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
  return toDay(todayInVietnam(new Date(value))) - toDay(todayInVietnam(now));
}
