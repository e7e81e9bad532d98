// Cells the inbox and the case list share: the title linking to the case page, the units by name.
import { Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The case's title, linking to its page; on a narrow screen the procedure goes under it instead of in a column. */
export function CaseTitleLink({ id, title, procedure }: { id: string; title: string; procedure?: string }) {
  return (
    <div style={{ minWidth: 180 }}>
      <Link to={`/vu-viec/${id}`} style={{ fontWeight: 500 }}>
        {title}
      </Link>
      {procedure && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {procedure}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** A separate procedure column only where there is room for it (a tablet shows it under the title). */
export function useWide(): boolean {
  return !!Grid.useBreakpoint().xl;
}

/** The handling unit and, when there is one, the unit the case was assigned to. */
export function UnitsCell({ unit, assignedUnit }: { unit: string; assignedUnit?: string }) {
  const { t } = useTranslation('inbox');
  return (
    <div>
      <div>{unit}</div>
      {assignedUnit && (
        <Typography.Text type="secondary">
          {t('table.assignedTo')} {assignedUnit}
        </Typography.Text>
      )}
    </div>
  );
}

/** The server's pagination as the table's, with the total said in words. */
export function serverPagination(
  data: { page: number; pageSize: number; total: number } | undefined,
  onChange: (page: number, pageSize: number) => void,
  totalLabel: (total: number, from: number, to: number) => string,
) {
  return {
    current: data?.page ?? 1,
    pageSize: data?.pageSize ?? 20,
    total: data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number, range: [number, number]) => totalLabel(total, range[0], range[1]),
    onChange,
  };
}
