// Placeholder until this page is built.
import { Typography } from 'antd';

export default function CasesPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Vụ việc</Typography.Title>;
}
