import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../app/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';

export default function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(v.username.trim(), v.password);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/dang-nhap' ? from : '/', { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, color: '#a8071a' }}>{t('appName')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('appSubtitle')}</Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>{t('login.title')}</Typography.Title>
        <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.required', { field: t('login.username').toLowerCase() }) }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required', { field: t('login.password').toLowerCase() }) }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error !== undefined && <div style={{ marginBottom: 16 }}><ApiErrorAlert error={error} /></div>}
          <Button type="primary" htmlType="submit" block loading={busy}>{t('login.submit')}</Button>
        </Form>
      </Card>
    </main>
  );
}
