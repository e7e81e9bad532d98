// The voting rules' arithmetic as the server computed it for the numbers being typed: denominator and how it was
// made, each option's votes, the cumulative count, what is needed and whether it is reached, the quorum, the outcome,
// what is wrong with the numbers and what the count rests on that no committee confirmed (a warning, never a block).
// Display only: nothing here compares a count with a threshold. In a narrow column the table becomes a list.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNarrow } from './useNarrow';
import type { VotePreviewLine, VotePreviewResult } from './voteApi';

const OK = '#237804';
const NO = '#a8071a';

function Verdict({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return ok ? (
    <Typography.Text strong style={{ color: OK }}><CheckCircleFilled aria-hidden /> ✓ {yes}</Typography.Text>
  ) : (
    <Typography.Text strong style={{ color: NO }}><CloseCircleFilled aria-hidden /> ✗ {no}</Typography.Text>
  );
}

export function VoteArithmetic({ result, stale }: { result: VotePreviewResult; stale?: boolean }) {
  const { t } = useTranslation('decisions');
  const [ref, narrow] = useNarrow<HTMLDivElement>(460);
  const verdict = (line: VotePreviewLine) => <Verdict ok={line.reached} yes={t('vote.reached')} no={t('vote.notReached')} />;
  const columns = [
    { title: t('vote.columns.option'), dataIndex: 'label', key: 'label' },
    { title: t('vote.columns.votes'), dataIndex: 'votes', key: 'votes', align: 'right' as const },
    { title: t('vote.columns.counted'), dataIndex: 'counted', key: 'counted', align: 'right' as const },
    { title: t('vote.columns.needed'), dataIndex: 'needed', key: 'needed', align: 'right' as const },
    { title: t('vote.columns.threshold'), dataIndex: 'thresholdLabel', key: 'thresholdLabel' },
    { title: t('vote.columns.reached'), key: 'reached', onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (_: unknown, line: VotePreviewLine) => verdict(line) },
  ];
  return (
    <Card size="small" style={stale ? { opacity: 0.75 } : undefined} aria-busy={stale || undefined}>
      <Flex vertical gap={12} ref={ref}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('vote.arithmeticTitle')}</Typography.Title>
        {result.label && <Typography.Text strong>{result.label}</Typography.Text>}
        <Descriptions size="small" column={1} bordered layout={narrow ? 'vertical' : 'horizontal'}>
          <Descriptions.Item label={t('vote.denominator')}>
            <Typography.Text strong>{result.denominator}</Typography.Text>
            {result.denominatorLabel && <Typography.Text type="secondary"> — {result.denominatorLabel}</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label={t('vote.cast')}>
            {result.cast ?? <Typography.Text type="secondary">{t('vote.castMissing')}</Typography.Text>}
          </Descriptions.Item>
          {result.quorum && (
            <Descriptions.Item label={t('vote.quorum')}>
              <Flex vertical gap={2}>
                <span>{t('vote.quorumValue', { present: result.quorum.present, required: result.quorum.required })}</span>
                {result.quorum.label && <Typography.Text type="secondary">{result.quorum.label}</Typography.Text>}
                <Verdict ok={result.quorum.met} yes={t('vote.quorumMet')} no={t('vote.quorumNotMet')} />
              </Flex>
            </Descriptions.Item>
          )}
        </Descriptions>
        {narrow ? (
          <ul aria-label={t('vote.tableLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {result.lines.map((line) => (
              <li key={line.key} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }}>
                <Typography.Text strong>{line.label}</Typography.Text>
                <div>
                  {t('vote.columns.votes')}: {line.votes} · {t('vote.columns.counted')}: {line.counted} · {t('vote.columns.needed')}: {line.needed} ({line.thresholdLabel})
                </div>
                {verdict(line)}
              </li>
            ))}
          </ul>
        ) : (
          <Table<VotePreviewLine>
            aria-label={t('vote.tableLabel')}
            size="small"
            rowKey="key"
            pagination={false}
            columns={columns}
            dataSource={result.lines}
          />
        )}
        {result.problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('vote.problems')}
            description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{result.problems.map((p, i) => <li key={`${p.code}-${p.field ?? ''}-${i}`}>{p.message}</li>)}</ul>}
          />
        )}
        {result.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('vote.warnings')}
            description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{result.warnings.map((w, i) => <li key={`${i}-${w}`}>{w}</li>)}</ul>}
          />
        )}
        <Alert
          type={result.passed ? 'success' : 'warning'}
          showIcon
          role="status"
          title={`${t('vote.outcome')}: ${result.passed ? t('vote.passed') : t('vote.notPassed')}`}
          description={
            <>
              <div>{result.outcome}</div>
              {result.nextState && <div>{t('vote.nextState', { state: result.nextState.label })}</div>}
            </>
          }
        />
        {stale && <Typography.Text type="secondary">{t('vote.stale')}</Typography.Text>}
      </Flex>
    </Card>
  );
}
