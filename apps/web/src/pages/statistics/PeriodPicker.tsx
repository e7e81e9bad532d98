// Choose a reporting period: a quarter, a year or a range of Vietnamese civil dates (both ends included on screen;
// the API receives [from, to) — see period.ts).
import { DatePicker, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/format';
import { lastDay, periodRange, type Period } from './period';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** 'Quý III/2026 (01/07/2026 – 30/09/2026)' style label. */
export function usePeriodLabel() {
  const { t } = useTranslation('statistics');
  const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return (p: Period, withSpan = true): string => {
    const span = t('period.span', { from: dmy(periodRange(p).from), to: dmy(lastDay(p)) });
    if (p.kind === 'range') return t('period.range', { start: dmy(p.start), end: dmy(p.end) });
    const name = p.kind === 'quarter' ? t('period.quarter', { roman: ROMAN[p.quarter - 1], q: p.quarter, year: p.year }) : t('period.year', { year: p.year });
    return withSpan ? `${name} (${span})` : name;
  };
}

export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation('statistics');
  const thisYear = +todayInVietnam().slice(0, 4);
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
  const year = value.kind === 'range' ? +value.start.slice(0, 4) : value.year;

  const setKind = (kind: Period['kind']) => {
    if (kind === value.kind) return;
    if (kind === 'year') onChange({ kind: 'year', year });
    else if (kind === 'quarter') onChange({ kind: 'quarter', year, quarter: 1 });
    else onChange({ kind: 'range', start: periodRange(value).from, end: lastDay(value) });
  };

  return (
    <Space wrap size={[8, 8]}>
      <Radio.Group
        aria-label={t('filters.periodKind')}
        optionType="button"
        value={value.kind}
        onChange={(e) => setKind(e.target.value as Period['kind'])}
        options={[
          { value: 'quarter', label: t('filters.quarter') },
          { value: 'year', label: t('filters.year') },
          { value: 'range', label: t('filters.range') },
        ]}
      />
      {value.kind !== 'range' && (
        <Select
          aria-label={t('filters.pickYear')}
          style={{ width: 96 }}
          value={value.year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => onChange(value.kind === 'quarter' ? { ...value, year: y } : { kind: 'year', year: y })}
        />
      )}
      {value.kind === 'quarter' && (
        <Select
          aria-label={t('filters.pickQuarter')}
          style={{ width: 120 }}
          value={value.quarter}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: `${t('filters.pickQuarter')} ${ROMAN[q - 1]}` }))}
          onChange={(q: 1 | 2 | 3 | 4) => onChange({ ...value, quarter: q })}
        />
      )}
      {value.kind === 'range' && (
        <DatePicker.RangePicker
          aria-label={t('filters.pickRange')}
          placeholder={[t('filters.rangeStart'), t('filters.rangeEnd')]}
          format="DD/MM/YYYY"
          allowClear={false}
          value={[dayjs(value.start), dayjs(value.end)]}
          onChange={(range) => {
            const [a, b] = range ?? [];
            if (a && b) onChange({ kind: 'range', start: a.format('YYYY-MM-DD'), end: b.format('YYYY-MM-DD') });
          }}
        />
      )}
    </Space>
  );
}
