// Placeholder until this page is built.
import { Typography } from 'antd';

export default function UsersPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Người dùng</Typography.Title>;
}
