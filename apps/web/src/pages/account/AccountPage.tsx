// Placeholder until this page is built.
import { Typography } from 'antd';

export default function AccountPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Tài khoản</Typography.Title>;
}
