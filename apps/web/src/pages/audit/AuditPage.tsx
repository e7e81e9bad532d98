// Placeholder until this page is built.
import { Typography } from 'antd';

export default function AuditPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Kiểm toán</Typography.Title>;
}
