// Placeholder until this page is built.
import { Typography } from 'antd';

export default function CasePage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Vụ việc</Typography.Title>;
}
