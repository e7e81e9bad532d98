import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The API's Vietnamese message next to the action it concerns, with the reference an operator can look up. */
export function ApiErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e = error instanceof ApiError ? error : undefined;
  const message = e?.message ?? (error instanceof Error ? error.message : String(error));
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={t('errorTitle')}
      description={
        <>
          <div>{message}</div>
          {e?.correlationId && <small>{t('errorReference', { id: e.correlationId })}</small>}
        </>
      }
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('retry')}</Button> : undefined}
    />
  );
}
