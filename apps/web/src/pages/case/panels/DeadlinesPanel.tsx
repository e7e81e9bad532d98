// The case's deadlines: what each is, its state, its due date and the days left, how it was computed ("Cách tính"),
// and, for a secretary, a due date set by hand where the law sets none.
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { PageState } from '../../../components/PageState';
import { DeadlineExplanation, DEADLINE_STATUS_TONE } from '../../../components/deadline-explanation/DeadlineExplanation';
import { daysUntil, formatDate } from '../../../lib/format';
import { ManualDueModal } from './ManualDueModal';
import { panelKey, useRuleDescriptions } from './queries';
import { ToneTag } from '../../../components/timeline/ToneTag';

type Deadline = Schemas['CaseDeadlineResponse'];

export default function DeadlinesPanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { t } = useTranslation('casePanels');
  const { hasRole } = useAuth();
  const rules = useRuleDescriptions();
  const [explaining, setExplaining] = useState<Deadline | undefined>();
  const [settingDue, setSettingDue] = useState<Deadline | undefined>();
  const name = (d: Deadline) => rules.data?.[d.ruleKey] ?? d.ruleKey;
  const secretary = hasRole('SECRETARY');

  if (caseView.deadlines.length === 0) return <Empty description={t('deadlines.empty')} />;

  return (
    <>
      <Table<Deadline>
        size="middle"
        rowKey={(d) => `${d.key}-${d.generation}`}
        dataSource={caseView.deadlines}
        pagination={false}
        columns={[
          {
            key: 'name',
            title: t('deadlines.name'),
            minWidth: 220,
            render: (_, d) => (
              <>
                <div>{name(d)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{d.ruleKey}</Typography.Text>
              </>
            ),
          },
          { key: 'status', title: t('deadlines.status'), width: 120, render: (_, d) => <ToneTag tone={DEADLINE_STATUS_TONE[d.status]}>{t(`deadlines.statuses.${d.status}`)}</ToneTag> },
          { key: 'start', title: t('deadlines.start'), width: 110, responsive: ['lg'], render: (_, d) => formatDate(d.startAt) },
          { key: 'due', title: t('deadlines.due'), width: 120, render: (_, d) => (d.dueAt ? formatDate(d.dueAt) : <Typography.Text type="secondary">{t('deadlines.noDue')}</Typography.Text>) },
          { key: 'left', title: t('deadlines.left'), width: 120, render: (_, d) => <DaysLeft deadline={d} /> },
          {
            key: 'actions',
            title: t('common:actions'),
            width: 130,
            render: (_, d) => (
              <Space size="small" wrap>
                <Button size="small" onClick={() => setExplaining(d)} aria-label={t('deadlines.explainAria', { name: name(d) })}>
                  {t('deadlines.explain')}
                </Button>
                {secretary && d.status === 'PENDING' && d.dueAt === null && (
                  <Button size="small" type="primary" onClick={() => setSettingDue(d)} aria-label={t('deadlines.setDueAria', { name: name(d) })}>
                    {t('deadlines.setDue')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={explaining !== undefined}
        onClose={() => setExplaining(undefined)}
        size={720}
        title={t('deadlines.explainTitle')}
        destroyOnHidden
      >
        {explaining && (
          <ExplanationLoader
            caseId={caseView.id}
            deadline={explaining}
            onChangeDue={secretary ? () => setSettingDue(explaining) : undefined}
          />
        )}
        <Button style={{ marginTop: 16 }} onClick={() => setExplaining(undefined)}>{t('common:close')}</Button>
      </Drawer>
      {settingDue && (
        <ManualDueModal
          caseId={caseView.id}
          deadlineKey={settingDue.key}
          name={name(settingDue)}
          minDate={settingDue.startAt}
          onClose={() => setSettingDue(undefined)}
        />
      )}
    </>
  );
}

function DaysLeft({ deadline: d }: { deadline: Deadline }) {
  const { t } = useTranslation('casePanels');
  if (d.status !== 'PENDING' || !d.dueAt) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const days = daysUntil(d.dueAt);
  if (days < 0) return <Typography.Text type="danger" strong>{t('deadlines.overdueBy', { count: -days })}</Typography.Text>;
  if (days === 0) return <Typography.Text type="danger" strong>{t('deadlines.dueToday')}</Typography.Text>;
  return <Typography.Text type={days <= 3 ? 'warning' : undefined} strong={days <= 3}>{t('deadlines.daysLeft', { count: days })}</Typography.Text>;
}

function ExplanationLoader({ caseId, deadline, onChangeDue }: { caseId: string; deadline: Deadline; onChangeDue?: () => void }) {
  const { t } = useTranslation('casePanels');
  const q = useQuery({
    queryKey: panelKey(caseId, 'deadlines', deadline.key, 'explanation'),
    queryFn: () => unwrap(api.GET('/cases/{id}/deadlines/{key}/explanation', { params: { path: { id: caseId, key: deadline.key } } })),
  });
  return (
    <PageState loading={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
      {q.data && (
        <>
          <DeadlineExplanation data={q.data} />
          {onChangeDue && q.data.manualDue && q.data.status === 'PENDING' && (
            <Button type="primary" style={{ marginTop: 16, marginInlineEnd: 8 }} onClick={onChangeDue}>{t('deadlines.changeDue')}</Button>
          )}
        </>
      )}
    </PageState>
  );
}
