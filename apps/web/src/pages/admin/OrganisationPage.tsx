// The organisation tree in the administrator's scope as of a chosen day (today unless changed), ended units greyed
// with the day they ended; a unit's details and the people holding roles there; create a unit below it, give someone a
// role at it; a unit's history in a drawer; and the register of organisation changes applied.
import { ApartmentOutlined, HistoryOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Row, Space, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { PageState } from '../../components/PageState';
import { formatCivilDate, todayInVietnam } from '../../lib/format';
import { AssignRoleModal } from './AssignRoleModal';
import { CreateUnitModal } from './CreateUnitModal';
import { endedOn, useOrgTree } from './orgHistory';
import { OrgChangesPanel } from './OrgChangesPanel';
import { buildUnitTree, useAllUnits, useAllUsers } from './units';
import { UnitHistoryDrawer, type UnitNames } from './UnitHistoryDrawer';
import { UnitTree } from './UnitTree';
import { UnitUsers } from './UnitUsers';
import { ReadableColours } from './ReadableColours';

export default function OrganisationPage() {
  const { t } = useTranslation('admin');
  const { hasRole } = useAuth();
  const isAdmin = hasRole('ADMIN');
  const today = useMemo(() => todayInVietnam(), []);
  const [asOf, setAsOf] = useState(today);
  const tree = useOrgTree(asOf);
  // Every unit in scope, ended ones too, under today's names: parents of past periods, the dialogs, the users panel.
  const allUnits = useAllUnits();
  const all = useMemo(() => allUnits.data ?? [], [allUnits.data]);
  const allById = useMemo(() => new Map(all.map((u) => [u.id, u])), [all]);
  const names: UnitNames = allById;
  const list = useMemo(() => tree.data?.units ?? [], [tree.data]);
  const byId = useMemo(() => new Map(list.map((u) => [u.id, u])), [list]);
  const ended = useMemo(() => new Map(list.flatMap((u) => (endedOn(u) ? [[u.id, endedOn(u)!] as const] : []))), [list]);
  const [picked, setPicked] = useState<string>();
  const [dialog, setDialog] = useState<'unit' | 'role'>();
  const [historyOf, setHistoryOf] = useState<string>();
  const candidates = useAllUsers(dialog === 'role');

  // Until the user picks one (or when the picked one did not exist on the chosen day), the top of their scope.
  const selectedId = picked && byId.has(picked) ? picked : buildUnitTree(list)[0]?.unit.id;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const selectedEnded = selected ? ended.get(selected.id) : undefined;
  const parent = selected?.parentId ? (byId.get(selected.parentId) ?? allById.get(selected.parentId)) : undefined;
  const childCount = selected ? list.filter((u) => u.parentId === selected.id).length : 0;

  const structure = (
    <PageState loading={tree.isPending} error={tree.error} onRetry={() => void tree.refetch()}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            title={t('organisation.treeTitle')}
            extra={t('organisation.unitCount', { count: list.length })}
            size="small"
            style={{ opacity: tree.isPlaceholderData ? 0.6 : 1 }}
            aria-busy={tree.isFetching}
          >
            <UnitTree key={tree.data?.asOf} units={list} ended={ended} selected={selectedId} onSelect={setPicked} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {!selected ? (
            <Card size="small"><Typography.Text type="secondary">{t('organisation.pickUnit')}</Typography.Text></Card>
          ) : (
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card
                size="small"
                title={<Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>{selected.name}</Typography.Title>}
                extra={selectedEnded ? <Tag>{t('organisation.ended', { date: formatCivilDate(selectedEnded) })}</Tag> : undefined}
              >
                {selectedEnded && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('organisation.endedNote')} />}
                <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
                  <Descriptions.Item label={t('organisation.code')}><Typography.Text code>{selected.code}</Typography.Text></Descriptions.Item>
                  <Descriptions.Item label={t('organisation.level')}>{t(`levels.${selected.level}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('organisation.parent')}>{parent?.name ?? t('organisation.topOfScope')}</Descriptions.Item>
                  <Descriptions.Item label={t('organisation.children')}>{childCount}</Descriptions.Item>
                </Descriptions>
                <Space wrap>
                  <Button icon={<HistoryOutlined />} onClick={() => setHistoryOf(selected.id)}>{t('organisation.history')}</Button>
                  {/* An ended unit is history: nothing is created under it and no role is given there. */}
                  {isAdmin && !selectedEnded && (
                    <>
                      <Button icon={<ApartmentOutlined />} onClick={() => setDialog('unit')}>{t('organisation.createChild')}</Button>
                      <Button icon={<KeyOutlined />} onClick={() => setDialog('role')}>{t('organisation.assignHere')}</Button>
                    </>
                  )}
                </Space>
              </Card>
              <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t('organisation.usersTitle')}</Typography.Title>}>
                <UnitUsers unit={selected} units={allById} />
              </Card>
            </Space>
          )}
        </Col>
      </Row>
    </PageState>
  );

  return (
    <ReadableColours>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('organisation.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('organisation.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'structure',
            label: t('organisation.tabs.structure'),
            children: (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Space wrap size={8}>
                  <label htmlFor="org-as-of">{t('organisation.asOf')}</label>
                  <DatePicker
                    id="org-as-of"
                    format="DD/MM/YYYY"
                    allowClear={false}
                    value={dayjs(asOf)}
                    onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
                  />
                  {asOf !== today && (
                    <Button type="link" onClick={() => setAsOf(today)}>{t('organisation.backToToday')}</Button>
                  )}
                </Space>
                {asOf !== today && (
                  <Typography.Text type="secondary">{t('organisation.asOfNote', { date: formatCivilDate(asOf) })}</Typography.Text>
                )}
                {structure}
              </Space>
            ),
          },
          { key: 'changes', label: t('organisation.tabs.changes'), children: <OrgChangesPanel names={names} onOpenUnit={setHistoryOf} /> },
        ]}
      />
      <UnitHistoryDrawer unitId={historyOf} names={names} onOpen={setHistoryOf} onClose={() => setHistoryOf(undefined)} />
      <CreateUnitModal
        open={dialog === 'unit'}
        units={all}
        parentId={selectedId}
        onClose={() => setDialog(undefined)}
        onCreated={(unit) => setPicked(unit.id)}
      />
      <AssignRoleModal
        open={dialog === 'role'}
        units={all}
        unitId={selectedId}
        candidates={candidates.data ?? []}
        onClose={() => setDialog(undefined)}
      />
    </ReadableColours>
  );
}
