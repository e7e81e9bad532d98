// Placeholder until this page is built.
import { Typography } from 'antd';

export default function RegisterPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Tiếp nhận thông tin</Typography.Title>;
}
