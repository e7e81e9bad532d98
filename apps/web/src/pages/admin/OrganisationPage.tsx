// Placeholder until this page is built.
import { Typography } from 'antd';

export default function OrganisationPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Tổ chức</Typography.Title>;
}
