// Dates as Vietnamese officials write them: typed or picked as dd/MM/yyyy (HH:mm), sent to the API in ISO 8601
// (`YYYY-MM-DD` for a date, an instant for a date-time).
import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds } from '@rjsf/utils';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

function toDayjs(value: unknown): Dayjs | null {
  if (typeof value !== 'string' || value === '') return null;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value, 'YYYY-MM-DD') : dayjs(value);
  return d.isValid() ? d : null;
}

function makeWidget(withTime: boolean) {
  return function ViDateWidget({ id, value, disabled, readonly, onChange, onBlur, onFocus, placeholder, label, required }: WidgetProps) {
    const format = withTime ? DATE_TIME_FORMAT : DATE_FORMAT;
    return (
      <DatePicker
        id={id}
        name={id}
        format={format}
        showTime={withTime ? { format: 'HH:mm' } : false}
        value={toDayjs(value)}
        disabled={disabled || readonly}
        placeholder={placeholder || format.replace('DD', 'dd').replace('YYYY', 'yyyy')}
        onChange={(d: Dayjs | null) => onChange(d ? (withTime ? d.toISOString() : d.format('YYYY-MM-DD')) : undefined)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
        style={{ width: withTime ? 220 : 180, maxWidth: '100%' }}
        aria-label={label}
        aria-required={required || undefined}
        aria-describedby={ariaDescribedByIds(id)}
      />
    );
  };
}

export const ViDateWidget = makeWidget(false);
export const ViDateTimeWidget = makeWidget(true);
