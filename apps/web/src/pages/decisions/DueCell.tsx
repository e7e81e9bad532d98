// A due date as dd/MM/yyyy with the days left or overdue in words (not colour alone).
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysUntil, formatDate } from '../../lib/format';

export function DueCell({ dueAt, now }: { dueAt: string | null; now?: Date }) {
  const { t } = useTranslation('decisions');
  if (!dueAt) return <Typography.Text type="secondary">{t('queue.noDue')}</Typography.Text>;
  const days = daysUntil(dueAt, now);
  const words = days < 0 ? t('queue.daysOverdue', { count: -days }) : days === 0 ? t('queue.dueToday') : t('queue.daysLeft', { count: days });
  return (
    <Flex vertical>
      <span>{formatDate(dueAt)}</span>
      <Typography.Text type={days > 3 ? 'secondary' : undefined} strong={days <= 0} style={{ fontSize: 12, color: days < 0 ? '#a8071a' : days <= 3 ? '#874d00' : undefined }}>
        {words}
      </Typography.Text>
    </Flex>
  );
}
