// The auditor's page: cases in scope with their hash-chain verification, access logs and timeline exports; and,
// for those the server lets read them (auditors, administrators), the signed checkpoints and the public key.
import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { AuditCasesTable } from './AuditCasesTable';
import { CheckpointsPanel, PublicKeyCard } from './CheckpointsPanel';

export default function AuditPage() {
  const { t } = useTranslation('audit');
  const { hasRole } = useAuth();
  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('title')}</Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      <Tabs
        items={[
          { key: 'cases', label: t('tabs.cases'), children: <AuditCasesTable /> },
          {
            key: 'checkpoints',
            label: t('tabs.checkpoints'),
            // GET /audit/checkpoints answers only AUDITOR and ADMIN; the public key is public.
            children: hasRole('AUDITOR', 'ADMIN') ? <CheckpointsPanel /> : <PublicKeyCard />,
          },
        ]}
      />
    </Flex>
  );
}
