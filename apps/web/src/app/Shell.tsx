import { BellOutlined, GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Input, Layout, Popover, Space, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { LANGUAGE_KEY } from '../i18n';
import { useAuth } from './auth';
import { visibleNav } from './navigation';

const { Header, Sider, Content } = Layout;

/** The frame of every page after login: menu by role, global search, the notification bell, the user's menu. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const { me, hasRole, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const online = useOnline();
  // Below the lg breakpoint the menu folds into a button at the header's left edge: the header makes room for it.
  const [collapsed, setCollapsed] = useState(false);
  const [userMenu, setUserMenu] = useState(false);
  const nav = visibleNav(hasRole);
  const selected = nav.find((n) => location.pathname === n.path || location.pathname.startsWith(`${n.path}/`))?.path;

  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/me/notifications', { params: { query: { unread: 'true', pageSize: 1 } } })),
    refetchInterval: 60_000,
  });
  const unreadCount = unread.data?.total ?? 0;

  const setLanguage = (lng: string) => {
    localStorage.setItem(LANGUAGE_KEY, lng);
    void i18n.changeLanguage(lng);
    document.documentElement.lang = lng;
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#noi-dung" className="skip-link">{i18n.language === 'vi' ? 'Bỏ qua, đến nội dung' : 'Skip to content'}</a>
      <Sider
        breakpoint="lg"
        collapsedWidth={0}
        width={220}
        theme="light"
        onCollapse={setCollapsed}
        zeroWidthTriggerStyle={{ top: 12 }}
        style={{ borderRight: '1px solid #f0f0f0', minHeight: '100vh' }}
      >
        <Link to="/" style={{ display: 'block', padding: '16px 20px' }} aria-label={t('appName')}>
          <Typography.Text strong style={{ color: '#a8071a', fontSize: 18 }}>{t('appName')}</Typography.Text>
        </Link>
        {/* A plain list of links (not Ant Design's Menu): lighter on the first download, and each is a real link. */}
        <nav aria-label="Menu">
          <ul className="hoso-nav">
            {nav.map((n) => (
              <li key={n.path}>
                <Link to={n.path} aria-current={selected === n.path ? 'page' : undefined}>{t(n.labelKey)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: collapsed ? '0 16px 0 56px' : '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}>
          <div role="search" style={{ flex: 1, maxWidth: 480 }}>
            <Input.Search
              aria-label={t('search')}
              placeholder={t('searchPlaceholder')}
              allowClear
              onSearch={(q) => q.trim() && navigate(`/vu-viec?q=${encodeURIComponent(q.trim())}`)}
            />
          </div>
          <Space style={{ marginLeft: 'auto' }}>
            <Link to="/thong-bao" aria-label={`${t('menu.notifications')}: ${unreadCount}`}>
              <Badge count={unreadCount} size="small">
                <BellOutlined style={{ fontSize: 20, color: '#595959' }} />
              </Badge>
            </Link>
            <Popover
              trigger="click"
              placement="bottomRight"
              open={userMenu}
              onOpenChange={setUserMenu}
              content={
                <div className="hoso-user-menu" role="menu" aria-label={t('menu.account')}>
                  <Button type="text" role="menuitem" icon={<GlobalOutlined />} onClick={() => (setLanguage('vi'), setUserMenu(false))}>Tiếng Việt</Button>
                  <Button type="text" role="menuitem" icon={<GlobalOutlined />} onClick={() => (setLanguage('en'), setUserMenu(false))}>English</Button>
                  <Button type="text" role="menuitem" icon={<UserOutlined />} onClick={() => (navigate('/tai-khoan'), setUserMenu(false))}>{t('menu.account')}</Button>
                  <Button type="text" role="menuitem" icon={<LogoutOutlined />} onClick={() => void logout().then(() => navigate('/dang-nhap'))}>{t('menu.logout')}</Button>
                </div>
              }
            >
              <Button type="text" icon={<UserOutlined />} aria-haspopup="menu" aria-expanded={userMenu}>{me?.displayName}</Button>
            </Popover>
          </Space>
        </Header>
        {/* Ant Design's Content is the page's <main>. */}
        <Content id="noi-dung" tabIndex={-1} style={{ padding: 16, maxWidth: 1400, width: '100%' }}>
          {!online && <Alert type="warning" showIcon title={t('offline')} style={{ marginBottom: 12 }} />}
          <Suspense fallback={<div aria-busy="true">{t('loading')}</div>}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}
