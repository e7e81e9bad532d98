// The signed-in user's own account: who they are, their roles unit by unit, changing their password, and the
// interface language (the same choice as in the header's user menu).
import { Card, Col, Descriptions, Radio, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { LANGUAGE_KEY } from '../../i18n';
import { useAllUnits } from '../admin/units';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ReadableColours } from '../admin/ReadableColours';

type Assignment = Schemas['MyAssignmentResponse'];

export default function AccountPage() {
  const { t, i18n } = useTranslation('account');
  const { me } = useAuth();
  const units = useAllUnits();
  const unitById = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const vietnamese = i18n.language !== 'en';

  const setLanguage = (lng: string) => {
    localStorage.setItem(LANGUAGE_KEY, lng);
    void i18n.changeLanguage(lng);
    document.documentElement.lang = lng;
  };

  const heading = (text: string) => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{text}</Typography.Title>;

  return (
    <ReadableColours>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card size="small" title={heading(t('profile'))} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('displayName')}>{me?.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('username')}><Typography.Text code>{me?.username}</Typography.Text></Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={heading(t('roles'))} style={{ marginBottom: 16 }}>
            <Table<Assignment>
              rowKey={(a) => `${a.unitId}:${a.role}`}
              size="small"
              pagination={false}
              loading={units.isPending}
              dataSource={me?.assignments ?? []}
              locale={{ emptyText: t('noRoles') }}
              columns={[
                {
                  title: t('unit'),
                  key: 'unit',
                  render: (_, a) => {
                    const unit = unitById.get(a.unitId);
                    return unit ? <>{unit.name} <Typography.Text type="secondary">({unit.code})</Typography.Text></> : t('unitOutOfScope');
                  },
                },
                // The API's Vietnamese role name; in English, the translation.
                { title: t('role'), key: 'role', render: (_, a) => (vietnamese ? a.roleLabel : t(`common:roles.${a.role}`)) },
              ]}
            />
          </Card>
          <Card size="small" title={heading(t('language.title'))}>
            <Radio.Group
              aria-label={t('language.title')}
              value={vietnamese ? 'vi' : 'en'}
              onChange={(e) => setLanguage(String(e.target.value))}
              options={[
                { value: 'vi', label: t('language.vi') },
                { value: 'en', label: t('language.en') },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('language.help')}</Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card size="small" title={heading(t('password.title'))}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </ReadableColours>
  );
}
