// The hash chain's verification for one case, as a badge with the server's Vietnamese summary beside it.
import { useQuery } from '@tanstack/react-query';
import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { ToneTag } from './ToneTag';

export function ChainStatus({ caseId, version }: { caseId: string; version: number }) {
  const { t } = useTranslation('casePanels');
  const q = useQuery({
    queryKey: ['case', caseId, 'timeline', 'verify', version],
    queryFn: () => unwrap(api.GET('/cases/{id}/timeline/verify', { params: { path: { id: caseId } } })),
    retry: false,
  });
  if (q.isPending) {
    return (
      <div role="status">
        <ToneTag tone="grey" icon={<LoadingOutlined />}>{t('timeline.verifying')}</ToneTag>
      </div>
    );
  }
  if (q.error || !q.data) {
    return (
      <div role="status">
        <ToneTag tone="orange" icon={<ExclamationCircleOutlined />}>{t('timeline.verifyFailed')}</ToneTag>
        <Typography.Text type="secondary">{q.error instanceof ApiError ? q.error.message : ''}</Typography.Text>
      </div>
    );
  }
  const v = q.data;
  const broken = !v.intact;
  const tag = v.ok ? (
    <ToneTag tone="green" icon={<CheckCircleOutlined />}>{t('timeline.verifyOk')}</ToneTag>
  ) : broken ? (
    <ToneTag tone="red" icon={<CloseCircleOutlined />}>{t('timeline.verifyBroken')}</ToneTag>
  ) : (
    <ToneTag tone="orange" icon={<ExclamationCircleOutlined />}>{t('timeline.verifyWarning')}</ToneTag>
  );
  return (
    <div role="status" data-testid="chain-status" style={{ display: 'flex', gap: 4, alignItems: 'baseline', flexWrap: 'wrap' }}>
      {tag}
      <Typography.Text type={v.ok ? 'secondary' : 'danger'}>
        {v.summary}
        {v.firstBreak && ` ${t('timeline.brokenAt', { seq: v.firstBreak.seq, reason: v.firstBreak.reasonLabel })}`}
      </Typography.Text>
    </div>
  );
}
