// Placeholder until this page is built.
import { Typography } from 'antd';

export default function StatisticsPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Thống kê</Typography.Title>;
}
