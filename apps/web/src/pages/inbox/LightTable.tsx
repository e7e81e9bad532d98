// A plain semantic table (<table>, <th scope="col">) styled like Ant Design's (styles.css, `.hoso-table`), for lists
// the server pages: no sorting, filtering or selection, so none of the code Ant Design's Table brings for them
// (its filter dropdown pulls in Menu, Tree and Checkbox; its pagination, Select) is in the first download.
import { LoadingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface LightColumn<T> {
  key: string;
  title: ReactNode;
  /** Pixels; the columns without a width share what is left. */
  width?: number;
  render: (row: T) => ReactNode;
}

interface Props<T> {
  columns: LightColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Shown in a single cell across the table when there are no rows. */
  empty: ReactNode;
  /** Fetching: the rows stay (dimmed) under a spinner, and the table says it is busy. */
  loading?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  footer?: ReactNode;
}

export function LightTable<T>({ columns, rows, rowKey, empty, loading = false, minWidth, footer }: Props<T>) {
  const { t } = useTranslation();
  return (
    <div className="hoso-table" aria-busy={loading || undefined}>
      <div className="hoso-table-scroll">
        <table style={{ minWidth }}>
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={loading ? 'hoso-table-dim' : undefined}>
            {rows.length > 0 ? (
              rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.key}>{c.render(row)}</td>
                  ))}
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={columns.length} className="hoso-table-empty">
                  {empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div role="status" className="hoso-table-loading">
        {loading && (
          <>
            <LoadingOutlined aria-hidden />
            <span className="sr-only">{t('loading')}</span>
          </>
        )}
      </div>
      {footer && <div className="hoso-table-footer">{footer}</div>}
    </div>
  );
}
