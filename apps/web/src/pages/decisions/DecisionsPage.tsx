// Placeholder until this page is built.
import { Typography } from 'antd';

export default function DecisionsPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Chờ quyết định</Typography.Title>;
}
