// A due date as officials read it: dd/MM/yyyy and, beside it, how many days are left or how late it is, in words
// and colour (never colour alone).
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { daysUntil, formatDate } from '../../lib/format';

/** Days left at or below this are shown as urgent. */
const URGENT_DAYS = 3;

export type Tone = 'red' | 'orange' | 'green' | 'blue' | 'default';

/** Tag colours dark enough to read on their tint (WCAG AA, 4.5:1 at 12 px); Ant Design's green and orange are not. */
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  default: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
};

/** A tag in one of the readable tones: a span drawn like Ant Design's Tag (styles.css, `.hoso-tag`), without its code. */
export function ToneTag({ tone, icon, children }: { tone: Tone; icon?: ReactNode; children: ReactNode }) {
  return (
    <span className="hoso-tag" style={TONES[tone]}>
      {icon}
      <span>{children}</span>
    </span>
  );
}

export interface DueInfo {
  dueAt: string | null;
  overdue: boolean;
  dueLabel?: string | null;
}

export function dueTag(info: DueInfo, now = new Date()): { color: Tone; key: string; n?: number } {
  if (!info.dueAt) return { color: 'default', key: 'noDue' };
  const days = daysUntil(info.dueAt, now);
  if (info.overdue || days < 0) return days < 0 ? { color: 'red', key: 'overdueDays', n: -days } : { color: 'red', key: 'overdueToday' };
  if (days === 0) return { color: 'orange', key: 'dueToday' };
  return { color: days <= URGENT_DAYS ? 'orange' : 'green', key: 'daysLeft', n: days };
}

export function DueCell({ info, now }: { info: DueInfo; now?: Date }) {
  const { t } = useTranslation('inbox');
  const tag = dueTag(info, now);
  const icon =
    tag.color === 'red' ? <ExclamationCircleOutlined /> : tag.color === 'orange' ? <ClockCircleOutlined /> : tag.color === 'green' ? <CheckCircleOutlined /> : <MinusCircleOutlined />;
  if (!info.dueAt) {
    return (
      <ToneTag tone="default" icon={icon}>
        {info.dueLabel || t('due.noDue')}
      </ToneTag>
    );
  }
  return (
    <Space size={4} wrap>
      <Typography.Text>{formatDate(info.dueAt)}</Typography.Text>
      <ToneTag tone={tag.color} icon={icon}>
        {t(`due.${tag.key}`, { count: tag.n })}
      </ToneTag>
    </Space>
  );
}
