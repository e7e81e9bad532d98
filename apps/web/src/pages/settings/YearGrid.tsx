// A year at a glance: twelve month grids (Monday first) with the days off and swapped working days marked by shape
// as well as colour, each named in its accessible label and tooltip.
import { Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatCivilDate, todayInVietnam } from '../../lib/format';

type Day = Schemas['CalendarDayResponse'];

const pad = (n: number) => String(n).padStart(2, '0');
/** Monday = 0 … Sunday = 6, for a civil date (no time zone involved). */
export const weekdayIndex = (y: number, m: number, d: number) => (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const base: CSSProperties = {
  width: 28, height: 28, lineHeight: '26px', textAlign: 'center', fontSize: 12, borderRadius: 4,
  border: '1px solid transparent', padding: 0, background: 'none', font: 'inherit', cursor: 'default',
};
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
};
const styles: Record<string, CSSProperties> = {
  HOLIDAY: { background: '#cf1322', color: '#fff', fontWeight: 600, borderRadius: '50%' },
  WORKING_DAY: { border: '2px solid #0958d9', color: '#0958d9', fontWeight: 600, lineHeight: '24px' },
  weekend: { color: 'rgba(0,0,0,0.55)', background: '#f5f5f5' },
};

export function YearGrid({ year, days, onPickDay }: { year: number; days: Day[]; onPickDay?: (date: string, existing?: Day) => void }) {
  const { t } = useTranslation('settings');
  const byDate = new Map(days.map((d) => [d.date, d]));
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];
  const weekdayNames = t('calendar.weekdayNames', { returnObjects: true }) as string[];
  const today = todayInVietnam();

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(216px, 1fr))', gap: 16 }}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
        const lead = weekdayIndex(year, m, 1);
        const cells: (number | null)[] = [...Array(lead).fill(null), ...Array.from({ length: daysIn(year, m) }, (_, i) => i + 1)];
        while (cells.length % 7) cells.push(null);
        const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
        return (
          <table key={m} style={{ borderCollapse: 'separate', borderSpacing: 2 }} aria-label={t('calendar.month', { month: m })}>
            <caption style={{ textAlign: 'left', captionSide: 'top' }}>
              <Typography.Text strong>{t('calendar.month', { month: m })}</Typography.Text>
            </caption>
            <thead>
              <tr>
                {weekdays.map((w, i) => (
                  <th key={w} scope="col" abbr={weekdayNames[i]} style={{ fontWeight: 400, fontSize: 11, color: 'rgba(0,0,0,0.65)', width: 28 }}>{w}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, w) => (
                <tr key={w}>
                  {week.map((d, i) => {
                    if (d === null) return <td key={i} />;
                    const date = `${year}-${pad(m)}-${pad(d)}`;
                    const entry = byDate.get(date);
                    const style: CSSProperties = {
                      ...base,
                      ...(i >= 5 ? styles.weekend : {}),
                      ...(entry ? styles[entry.kind] : {}),
                      ...(date === today ? { outline: '2px solid #faad14', outlineOffset: 1 } : {}),
                      ...(onPickDay ? { cursor: 'pointer' } : {}),
                    };
                    const label = entry
                      ? t('calendar.dayLabel', { date: formatCivilDate(date), kind: t(`calendar.kinds.${entry.kind}`, { defaultValue: entry.kind }), name: entry.name })
                      : formatCivilDate(date);
                    const content = onPickDay ? (
                      <button type="button" style={style} onClick={() => onPickDay(date, entry)}>
                        {d}
                        <span style={VISUALLY_HIDDEN}> – {label}</span>
                      </button>
                    ) : (
                      <div style={style}>{d}</div>
                    );
                    return (
                      <td key={i} style={{ padding: 0 }}>
                        {entry ? <Tooltip title={label}>{content}</Tooltip> : content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
