// Placeholder until this page is built.
import { Typography } from 'antd';

export default function InboxPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Hộp việc</Typography.Title>;
}
