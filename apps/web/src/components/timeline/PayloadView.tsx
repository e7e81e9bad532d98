// A recorded payload as people read it: a definition list with Vietnamese field names, dates as dd/MM/yyyy,
// yes/no for booleans, the API's labels for enumerated values, nested groups indented. Never raw JSON.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  enumLabels, humaniseKey, ISO_DATE, ISO_DATE_TIME, itemSchema, propertySchema, schemaTitle, UUID, type JsonSchema,
} from './payload';

export interface PayloadViewProps {
  value: Record<string, unknown>;
  schema?: JsonSchema;
  /** Names for ids the reader may know (units, users), by id. */
  names?: Record<string, string>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export function PayloadView({ value, schema, names }: PayloadViewProps) {
  const { t, i18n } = useTranslation('casePanels');
  const label = (key: string, s: JsonSchema | undefined) =>
    schemaTitle(s) ?? (i18n.exists(`casePanels:payload.fields.${key}`) ? t(`payload.fields.${key}`) : humaniseKey(key));

  const scalar = (v: unknown, s: JsonSchema | undefined): ReactNode => {
    if (v === null || v === undefined || v === '') return <span aria-label={t('common.none')}>{t('common.none')}</span>;
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'number') return v.toLocaleString('vi-VN');
    if (typeof v !== 'string') return String(v);
    const labels = enumLabels(s);
    if (labels && labels[v]) return labels[v];
    if (ISO_DATE.test(v)) return formatDate(v);
    if (ISO_DATE_TIME.test(v)) return formatDateTime(v);
    if (UUID.test(v) && names?.[v]) return names[v];
    return <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>;
  };

  const render = (v: unknown, s: JsonSchema | undefined): ReactNode => {
    if (Array.isArray(v)) {
      if (v.length === 0) return t('payload.emptyList');
      const items = itemSchema(s) ?? s;
      if (v.every(isPrimitive)) {
        return v.map((x, i) => (
          <span key={i}>
            {i > 0 && ', '}
            {scalar(x, items)}
          </span>
        ));
      }
      return (
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {v.map((x, i) => (
            <li key={i}>{isPlainObject(x) ? <List value={x} schema={items} /> : scalar(x, items)}</li>
          ))}
        </ol>
      );
    }
    if (isPlainObject(v)) return <List value={v} schema={s} />;
    return scalar(v, s);
  };

  function List({ value: obj, schema: s }: { value: Record<string, unknown>; schema: JsonSchema | undefined }) {
    const entries = Object.entries(obj).filter(([, v]) => v !== undefined);
    return (
      <dl className="payload-list" style={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: 16, rowGap: 4, margin: 0 }}>
        {entries.map(([key, v]) => {
          const ps = propertySchema(s, key);
          return (
            <div key={key} style={{ display: 'contents' }}>
              <dt style={{ color: '#595959' }}>{label(key, ps)}</dt>
              <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{render(v, ps)}</dd>
            </div>
          );
        })}
      </dl>
    );
  }

  return <List value={value} schema={schema} />;
}
