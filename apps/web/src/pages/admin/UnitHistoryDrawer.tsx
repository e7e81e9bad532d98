// One unit's history: its names and parents over time, the units it was formed from and the units that succeeded it,
// each with the kind of change, the decision and the effective date. A predecessor or successor opens its own history
// in the same drawer.
import { Alert, Button, Descriptions, Drawer, List, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { formatCivilDate } from '../../lib/format';
import { endedOn, runsOf, useUnitHistory, type Run, type UnitLink } from './orgHistory';

/** Names of units by id (every unit in scope, today's names), for the parents of past periods. */
export type UnitNames = Map<string, { name: string; code: string }>;

export function UnitHistoryDrawer(props: { unitId: string | undefined; names: UnitNames; onOpen: (unitId: string) => void; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const history = useUnitHistory(props.unitId);
  const h = history.data;
  const ended = h ? endedOn(h) : undefined;

  return (
    <Drawer
      open={!!props.unitId}
      onClose={props.onClose}
      size={640}
      destroyOnHidden
      title={h ? `${t('unitHistory.title')}: ${h.name}` : t('unitHistory.title')}
    >
      <PageState loading={history.isPending && !!props.unitId} error={history.error} onRetry={() => void history.refetch()}>
        {h && (
          <Space orientation="vertical" size={20} style={{ width: '100%' }} aria-label={t('unitHistory.title')}>
            <div>
              <Space wrap size={8}>
                <Typography.Text code>{h.code}</Typography.Text>
                <Tag style={{ marginInlineEnd: 0 }}>{t(`levels.${h.level}`)}</Tag>
                {ended ? <Tag>{t('organisation.ended', { date: formatCivilDate(ended) })}</Tag> : <Tag color="green">{t('unitHistory.active')}</Tag>}
              </Space>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('unitHistory.since', { date: formatCivilDate(h.validFrom) })}
              </Typography.Paragraph>
              {ended && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('organisation.endedNote')} />}
            </div>
            <Section title={t('unitHistory.names')}>
              <Runs runs={runsOf(h.periods, (p) => p.name)} label={(name) => name} />
            </Section>
            <Section title={t('unitHistory.parents')}>
              <Runs
                runs={runsOf(h.periods, (p) => p.parentId)}
                label={(id) => {
                  if (!id) return t('unitHistory.noParent');
                  const parent = props.names.get(id);
                  return parent ? `${parent.name} (${parent.code})` : t('unitHistory.unknownUnit');
                }}
              />
            </Section>
            <Section title={t('unitHistory.predecessors')}>
              <Links links={h.predecessors} empty={t('unitHistory.noPredecessors')} onOpen={props.onOpen} />
            </Section>
            <Section title={t('unitHistory.successors')}>
              <Links links={h.successors} empty={t('unitHistory.noSuccessors')} onOpen={props.onOpen} successors />
            </Section>
          </Space>
        )}
      </PageState>
    </Drawer>
  );
}

function Section(props: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={props.title}>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>{props.title}</Typography.Title>
      {props.children}
    </section>
  );
}

function Runs<T>(props: { runs: Run<T>[]; label: (value: T) => string }) {
  const { t } = useTranslation('admin');
  return (
    <Timeline
      items={props.runs.map((r) => ({
        key: r.from,
        content: (
          <>
            <Typography.Text strong>{props.label(r.value)}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {r.to ? t('unitHistory.span', { from: formatCivilDate(r.from), to: formatCivilDate(r.to) }) : t('unitHistory.spanOpen', { from: formatCivilDate(r.from) })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}

function Links(props: { links: UnitLink[]; empty: string; onOpen: (unitId: string) => void; successors?: boolean }) {
  const { t } = useTranslation('admin');
  if (props.links.length === 0) return <Typography.Text type="secondary">{props.empty}</Typography.Text>;
  return (
    <List
      size="small"
      bordered
      dataSource={props.links}
      renderItem={(l) => (
        <List.Item key={`${l.changeId}:${l.unitId}`}>
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap size={8}>
              <Button type="link" style={{ padding: 0, height: 'auto' }} aria-label={t('unitHistory.open', { name: l.name })} onClick={() => props.onOpen(l.unitId)}>
                {l.name}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.code}</Typography.Text>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>{t(`changeKinds.${l.kind}`)}</Tag>
              {props.successors && l.records && <Tag style={{ marginInlineEnd: 0 }}>{t('unitHistory.records')}</Tag>}
            </Space>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'decision', label: t('orgChanges.decision'), children: t('orgChanges.decisionLine', { number: l.decisionNumber, date: formatCivilDate(l.decisionDate) }) },
                { key: 'effective', label: t('orgChanges.effective'), children: formatCivilDate(l.effectiveDate) },
              ]}
            />
          </Space>
        </List.Item>
      )}
    />
  );
}
