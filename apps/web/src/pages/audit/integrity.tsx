// The hash-chain verification of one case (GET /cases/{id}/timeline/verify) as a badge with text and icon (never
// colour alone) and, on demand, the details: chain, head, and the comparison with the latest signed checkpoint.
import { CheckCircleOutlined, CloseCircleOutlined, QuestionCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDateTime } from '../../lib/format';

export type VerifyAnswer = Schemas['TimelineVerifyResponse'];
export type IntegrityStatus = 'intact' | 'tampered' | 'unchecked' | 'checking';

/**
 * The server's verdict (`ok`: chain unbroken, head matching, checkpoint head present and its signature valid) as a
 * badge state. No answer yet, or a refusal, is "not checked": never shown as intact.
 */
export function integrityStatus(answer: VerifyAnswer | undefined, pending = false): IntegrityStatus {
  if (answer) {
    const sound = answer.ok && answer.intact && answer.headMatches && !answer.firstBreak && (!answer.checkpoint || (!answer.checkpoint.problem && answer.checkpoint.signature === 'VALID'));
    return sound ? 'intact' : 'tampered';
  }
  return pending ? 'checking' : 'unchecked';
}

// Text colours dark enough for WCAG AA on their pale backgrounds; the icon and the word carry the meaning too.
const LOOK: Record<IntegrityStatus, { style: CSSProperties; icon: ReactNode }> = {
  intact: { style: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' }, icon: <CheckCircleOutlined /> },
  tampered: { style: { color: '#820014', background: '#fff1f0', borderColor: '#ff7875', fontWeight: 600 }, icon: <CloseCircleOutlined /> },
  unchecked: { style: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' }, icon: <QuestionCircleOutlined /> },
  checking: { style: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' }, icon: <SyncOutlined spin /> },
};

export function IntegrityBadge({ answer, pending, error }: { answer?: VerifyAnswer; pending?: boolean; error?: unknown }) {
  const { t } = useTranslation('audit');
  const status = integrityStatus(answer, pending);
  const look = LOOK[status];
  const hint = answer?.summary ?? (error instanceof Error ? t('verify.failed', { message: error.message }) : undefined);
  return (
    <Tag icon={look.icon} title={hint} style={{ marginInlineEnd: 0, ...look.style }}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** What the check found, in words, with the checkpoint comparison when the answer has one. */
export function IntegrityDetails({ answer, error, onRecheck, rechecking }: { answer?: VerifyAnswer; error?: unknown; onRecheck: () => void; rechecking: boolean }) {
  const { t } = useTranslation('audit');
  const again = (
    <Button size="small" icon={<SyncOutlined />} loading={rechecking} onClick={onRecheck}>
      {t('verify.again')}
    </Button>
  );
  if (!answer) {
    return (
      <Space wrap>
        {error instanceof Error && <Typography.Text type="danger">{t('verify.failed', { message: error.message })}</Typography.Text>}
        {again}
      </Space>
    );
  }
  const cp = answer.checkpoint;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 300 } }}>
        <Descriptions.Item label={t('verify.summary')}>
          <Typography.Text type={integrityStatus(answer) === 'intact' ? undefined : 'danger'}>{answer.summary}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.eventsChecked')}>{answer.eventsChecked}</Descriptions.Item>
        <Descriptions.Item label={t('verify.chain')}>
          {answer.firstBreak ? t('verify.chainBroken', { seq: answer.firstBreak.seq, reason: answer.firstBreak.reasonLabel }) : t('verify.chainIntact')}
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.head')}>{answer.headMatches ? t('verify.headMatches') : t('verify.headDiffers')}</Descriptions.Item>
        <Descriptions.Item label={t('verify.checkpoint')}>
          {cp ? (
            <Space orientation="vertical" size={2}>
              <span>{t('verify.checkpointAt', { at: formatDateTime(cp.takenAt), seq: cp.seq })}</span>
              <span>
                {t('verify.checkpointHead')}: {cp.problem ? t(`problem.${cp.problem}`) : t('problem.none')}
              </span>
              <span>
                {t('verify.checkpointSignature')}: {t(`signature.${cp.signature}`)}
              </span>
            </Space>
          ) : (
            t('verify.noCheckpoint')
          )}
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        {again}
        <Typography.Text type="secondary">{t('verify.logged')}</Typography.Text>
      </Space>
    </Space>
  );
}
