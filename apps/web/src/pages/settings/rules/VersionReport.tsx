// What a new general version does (a dry run) or did: the new row, the general rows it supersedes, the open
// deadlines re-planned (counts and the first moves, those not recomputed and why) and the open cases of the
// procedures using the rule (count and the first ones).
import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { formatCivilDate, formatDate } from '../../../lib/format';
import { RuleValueView } from './RuleValueView';

type Report = Schemas['RuleVersionResponse'];
type Move = Schemas['RuleVersionDeadlineMove'];
type Kept = Schemas['RuleVersionDeadlineKept'];
type OpenCase = Schemas['RuleVersionOpenCase'];

const PAGE = 10;

export function VersionReport({ report, unitName }: { report: Report; unitName: (id: string) => string | undefined }) {
  const { t } = useTranslation('rules');
  const { deadlines, cases, rule } = report;
  const due = (d: Schemas['RuleVersionDue']) => (d.dueAt ? formatDate(d.dueAt) : t('version.report.noDue'));
  const caseLink = (caseId: string, label: string) => (
    <Link to={`/vu-viec/${caseId}`} aria-label={label}>{t('version.report.openCase')}</Link>
  );
  const more = (shown: number, total: number) =>
    total > shown && <Typography.Text type="secondary">{t('version.report.more', { count: total - shown })}</Typography.Text>;

  return (
    <Flex vertical gap={12} aria-label={t('version.report.label')} role="region">
      <Alert
        type={report.dryRun ? 'warning' : 'success'}
        showIcon
        title={report.dryRun ? t('version.report.dryRun') : t('version.report.applied')}
        description={
          <Flex vertical gap={4}>
            <span>
              {t('version.report.newRow', { key: rule.key, from: formatCivilDate(rule.effectiveFrom), instrument: rule.instrument ?? '—' })}{' '}
            </span>
            <RuleValueView rule={rule} inlineTable />
            {report.superseded.length > 0 ? (
              <span>
                {t('version.report.superseded', {
                  count: report.superseded.length,
                  list: report.superseded.map((s) => formatCivilDate(s.effectiveFrom)).join(', '),
                })}
              </span>
            ) : (
              <span>{t('version.report.noneSuperseded')}</span>
            )}
          </Flex>
        }
      />
      <section aria-label={t('version.report.deadlinesTitle')}>
        <Typography.Title level={3} style={{ fontSize: 15 }}>{t('version.report.deadlinesTitle')}</Typography.Title>
        <Typography.Paragraph data-testid="version-deadlines">
          {t('version.report.deadlines', { examined: deadlines.examined, moved: deadlines.moved, unchanged: deadlines.unchanged, notRecomputed: deadlines.notRecomputed })}
        </Typography.Paragraph>
        {deadlines.moves.length > 0 && (
          <Table<Move>
            aria-label={t('version.report.movesLabel')}
            size="small"
            rowKey="deadlineId"
            dataSource={deadlines.moves}
            pagination={deadlines.moves.length > PAGE ? { pageSize: PAGE } : false}
            columns={[
              { title: t('version.report.columns.case'), key: 'case', render: (_, m) => caseLink(m.caseId, `${t('version.report.openCase')} (${m.key}, ${due(m.from)})`) },
              { title: t('version.report.columns.key'), dataIndex: 'key', key: 'key' },
              { title: t('version.report.columns.start'), key: 'start', render: (_, m) => formatCivilDate(m.startDate) },
              { title: t('version.report.columns.from'), key: 'from', render: (_, m) => due(m.from) },
              { title: t('version.report.columns.to'), key: 'to', render: (_, m) => <Typography.Text strong>{due(m.to)}</Typography.Text> },
            ]}
          />
        )}
        {more(deadlines.moves.length, deadlines.moved)}
        {deadlines.kept.length > 0 && (
          <Table<Kept>
            aria-label={t('version.report.keptLabel')}
            size="small"
            rowKey="deadlineId"
            style={{ marginTop: 8 }}
            dataSource={deadlines.kept}
            pagination={deadlines.kept.length > PAGE ? { pageSize: PAGE } : false}
            columns={[
              { title: t('version.report.columns.case'), key: 'case', render: (_, k) => caseLink(k.caseId, `${t('version.report.openCase')} (${k.key})`) },
              { title: t('version.report.columns.key'), dataIndex: 'key', key: 'key' },
              { title: t('version.report.columns.start'), key: 'start', render: (_, k) => formatCivilDate(k.startDate) },
              { title: t('version.report.columns.keptReason'), key: 'reason', render: (_, k) => t(`version.report.kept.${k.reason}`) },
            ]}
          />
        )}
      </section>
      <section aria-label={t('version.report.casesTitle')}>
        <Typography.Title level={3} style={{ fontSize: 15 }}>{t('version.report.casesTitle')}</Typography.Title>
        <Typography.Paragraph data-testid="version-cases">
          {t('version.report.cases', { count: cases.total })}
          {cases.procedures.length > 0 && ` ${t('version.report.procedures', { list: cases.procedures.join(', ') })}`}
        </Typography.Paragraph>
        {cases.items.length > 0 && (
          <Table<OpenCase>
            aria-label={t('version.report.casesLabel')}
            size="small"
            rowKey="caseId"
            dataSource={cases.items}
            pagination={cases.items.length > PAGE ? { pageSize: PAGE } : false}
            columns={[
              { title: t('version.report.columns.case'), key: 'case', render: (_, c) => caseLink(c.caseId, `${t('version.report.openCase')} (${c.procedureId}, ${c.state})`) },
              { title: t('version.report.columns.procedure'), key: 'procedure', render: (_, c) => `${c.procedureId}@${c.machineVersion}` },
              { title: t('version.report.columns.state'), dataIndex: 'state', key: 'state' },
              { title: t('version.report.columns.unit'), key: 'unit', render: (_, c) => unitName(c.orgUnitId) ?? '—' },
            ]}
          />
        )}
        {more(cases.items.length, cases.total)}
      </section>
    </Flex>
  );
}
