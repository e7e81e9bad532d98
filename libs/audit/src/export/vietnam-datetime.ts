import { VIETNAM_UTC_OFFSET_MS } from '@hoso/kernel/legal-time';

const pad = (n: number) => String(n).padStart(2, '0');

/** `21/11/2026 08:05:09` in Vietnam time (UTC+7, no daylight saving), whatever the machine's time zone. */
export function formatVietnamDateTime(instant: Date): string {
  const d = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS);
  return (
    `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}
