// Placeholder until this page is built.
import { Typography } from 'antd';

export default function RulesPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Quy tắc và thời hạn</Typography.Title>;
}
