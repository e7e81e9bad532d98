// The organisation tree in the administrator's scope; a unit's details and the people holding roles there; create
// a unit below it, give someone a role at it.
import { ApartmentOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { PageState } from '../../components/PageState';
import { AssignRoleModal } from './AssignRoleModal';
import { CreateUnitModal } from './CreateUnitModal';
import { buildUnitTree, useAllUnits, useAllUsers } from './units';
import { UnitTree } from './UnitTree';
import { UnitUsers } from './UnitUsers';
import { ReadableColours } from './ReadableColours';

export default function OrganisationPage() {
  const { t } = useTranslation('admin');
  const { hasRole } = useAuth();
  const isAdmin = hasRole('ADMIN');
  const units = useAllUnits();
  const list = useMemo(() => units.data ?? [], [units.data]);
  const byId = useMemo(() => new Map(list.map((u) => [u.id, u])), [list]);
  const [picked, setPicked] = useState<string>();
  const [dialog, setDialog] = useState<'unit' | 'role'>();
  const candidates = useAllUsers(dialog === 'role');

  // Until the user picks one, the top of their scope.
  const selectedId = picked && byId.has(picked) ? picked : buildUnitTree(list)[0]?.unit.id;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const parent = selected?.parentId ? byId.get(selected.parentId) : undefined;
  const childCount = selected ? list.filter((u) => u.parentId === selected.id).length : 0;

  return (
    <ReadableColours>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('organisation.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('organisation.intro')}</Typography.Paragraph>
      <PageState loading={units.isPending} error={units.error} onRetry={() => void units.refetch()}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card title={t('organisation.treeTitle')} extra={t('organisation.unitCount', { count: list.length })} size="small">
              <UnitTree units={list} selected={selectedId} onSelect={setPicked} />
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
                >
                  <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: isAdmin ? 12 : 0 }}>
                    <Descriptions.Item label={t('organisation.code')}><Typography.Text code>{selected.code}</Typography.Text></Descriptions.Item>
                    <Descriptions.Item label={t('organisation.level')}>{t(`levels.${selected.level}`)}</Descriptions.Item>
                    <Descriptions.Item label={t('organisation.parent')}>{parent?.name ?? t('organisation.topOfScope')}</Descriptions.Item>
                    <Descriptions.Item label={t('organisation.children')}>{childCount}</Descriptions.Item>
                  </Descriptions>
                  {isAdmin && (
                    <Space wrap>
                      <Button icon={<ApartmentOutlined />} onClick={() => setDialog('unit')}>{t('organisation.createChild')}</Button>
                      <Button icon={<KeyOutlined />} onClick={() => setDialog('role')}>{t('organisation.assignHere')}</Button>
                    </Space>
                  )}
                </Card>
                <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t('organisation.usersTitle')}</Typography.Title>}>
                  <UnitUsers unit={selected} units={byId} />
                </Card>
              </Space>
            )}
          </Col>
        </Row>
      </PageState>
      <CreateUnitModal
        open={dialog === 'unit'}
        units={list}
        parentId={selectedId}
        onClose={() => setDialog(undefined)}
        onCreated={(unit) => setPicked(unit.id)}
      />
      <AssignRoleModal
        open={dialog === 'role'}
        units={list}
        unitId={selectedId}
        candidates={candidates.data ?? []}
        onClose={() => setDialog(undefined)}
      />
    </ReadableColours>
  );
}
