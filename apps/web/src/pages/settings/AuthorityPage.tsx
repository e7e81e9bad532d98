// Placeholder until this page is built.
import { Typography } from 'antd';

export default function AuthorityPage() {
  return <Typography.Title level={1} style={{ fontSize: 22 }}>Thẩm quyền kỷ luật</Typography.Title>;
}
