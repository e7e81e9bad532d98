import { Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './ApiErrorAlert';

/** Loading, error and empty states around a query's content, the same on every page. */
export function PageState(props: { loading: boolean; error: unknown; empty?: boolean; onRetry?: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  if (props.loading) return <Spin description={t('loading')} size="large"><div style={{ minHeight: 120 }} /></Spin>;
  if (props.error) return <ApiErrorAlert error={props.error} onRetry={props.onRetry} />;
  if (props.empty) return <Empty description={t('empty')} />;
  return <>{props.children}</>;
}
