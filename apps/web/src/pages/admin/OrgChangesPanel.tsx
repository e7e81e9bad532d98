// The register of organisation changes applied within the caller's scope (GET /organisations/changes), page by page:
// what kind of change, under which decision, effective when, which units ended, were founded or changed, what moved
// across (cases, party members, roles) and which rule or authority overrides of the old units await confirmation.
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatCivilDate } from '../../lib/format';
import { useOrgChanges, type OrgChange } from './orgHistory';
import type { UnitNames } from './UnitHistoryDrawer';

const PAGE_SIZE = 10;

export function OrgChangesPanel(props: { names: UnitNames; onOpenUnit: (unitId: string) => void }) {
  const { t } = useTranslation('admin');
  const [page, setPage] = useState(1);
  const changes = useOrgChanges(page, PAGE_SIZE);

  const unitLinks = (ids: string[]) =>
    ids.map((id, i) => {
      const unit = props.names.get(id);
      return (
        <span key={id}>
          {i > 0 && ', '}
          {unit ? (
            <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} aria-label={t('unitHistory.open', { name: unit.name })} onClick={() => props.onOpenUnit(id)}>
              {unit.name}
            </Button>
          ) : (
            t('unitHistory.unknownUnit')
          )}
        </span>
      );
    });

  return (
    <>
      <Typography.Paragraph type="secondary">{t('orgChanges.intro')}</Typography.Paragraph>
      {changes.error ? <ApiErrorAlert error={changes.error} onRetry={() => void changes.refetch()} /> : null}
      <Table<OrgChange>
        rowKey="id"
        size="small"
        loading={changes.isFetching}
        dataSource={changes.data?.items ?? []}
        locale={{ emptyText: t('orgChanges.empty') }}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: changes.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (total) => t('orgChanges.total', { count: total }),
          onChange: setPage,
        }}
        columns={[
          { title: t('orgChanges.effective'), key: 'effective', width: 110, render: (_, c) => formatCivilDate(c.effectiveDate) },
          { title: t('orgChanges.kind'), key: 'kind', width: 130, render: (_, c) => <Tag color="blue">{t(`changeKinds.${c.kind}`)}</Tag> },
          {
            title: t('orgChanges.decision'),
            key: 'decision',
            width: 220,
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <span>{t('orgChanges.decisionLine', { number: c.decisionNumber, date: formatCivilDate(c.decisionDate) })}</span>
                <Typography.Text type="secondary">{c.decisionBody}</Typography.Text>
                {c.reason && <Typography.Text type="warning">{t('orgChanges.repair', { reason: c.reason })}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('orgChanges.units'),
            key: 'units',
            render: (_, c) => {
              const o = c.outcome;
              return (
                <Space orientation="vertical" size={0}>
                  {o.unitsEnded.length > 0 && <span>{t('orgChanges.ended')} {unitLinks(o.unitsEnded)}</span>}
                  {o.unitsFounded.length > 0 && <span>{t('orgChanges.founded')} {unitLinks(o.unitsFounded.map((u) => u.id))}</span>}
                  {o.unitsChanged.length > 0 && <span>{t('orgChanges.changed')} {unitLinks(o.unitsChanged)}</span>}
                </Space>
              );
            },
          },
          {
            title: t('orgChanges.moved'),
            key: 'moved',
            width: 200,
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <span>{t('orgChanges.cases', { count: c.outcome.casesMoved })}</span>
                <span>{t('orgChanges.members', { count: c.outcome.membersMoved })}</span>
                <span>{t('orgChanges.roles', { ended: c.outcome.rolesEnded, assigned: c.outcome.rolesAssigned })}</span>
              </Space>
            ),
          },
          {
            title: t('orgChanges.overrides'),
            key: 'overrides',
            width: 200,
            render: (_, c) =>
              c.outcome.overridesToConfirm.length === 0 ? (
                <Typography.Text type="secondary">{t('orgChanges.noOverrides')}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {c.outcome.overridesToConfirm.map((o) => (
                    <li key={o.id}>
                      {t(`orgChanges.overrideKinds.${o.kind}`)}: {o.label}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </>
  );
}
