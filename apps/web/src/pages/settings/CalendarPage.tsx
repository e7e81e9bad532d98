// Placeholder until this page is built.
import { Typography } from 'antd';

export default function CalendarPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Lịch ngày nghỉ</Typography.Title>;
}
