// Placeholder until this page is built.
import { Typography } from 'antd';

export default function NotificationsPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Thông báo</Typography.Title>;
}
