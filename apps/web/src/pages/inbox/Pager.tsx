// The server's pages as Ant Design's Pagination shows them (the total in words, previous/next, the first and last
// page, two either side of the current one, "…" that jumps five pages, the page size), built from Button and a
// native <select>: Ant Design's Pagination always brings its Select, which the first screen does not otherwise need.
// Texts come from Ant Design's locale (vi_VN / en_US), like its Pagination's.
import { DoubleLeftOutlined, DoubleRightOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, ConfigProvider } from 'antd';
import { useContext } from 'react';

type Item = number | 'back5' | 'forward5';

/** The pages to offer around `current` (1-based) out of `pages`, as Ant Design's Pagination does. */
export function pageItems(current: number, pages: number): Item[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  let left = Math.max(1, current - 2);
  let right = Math.min(pages, current + 2);
  if (current - 1 <= 2) right = 5;
  if (pages - current <= 2) left = pages - 4;
  const items: Item[] = [];
  if (left > 1) items.push(1);
  if (left > 2) items.push('back5');
  for (let p = left; p <= right; p++) items.push(p);
  if (right < pages - 1) items.push('forward5');
  if (right < pages) items.push(pages);
  return items;
}

interface Props {
  page: number;
  pageSize: number;
  total: number;
  pageSizeOptions: number[];
  /** The landmark's name, e.g. "Phân trang". */
  label: string;
  totalLabel: (total: number, from: number, to: number) => string;
  onChange: (page: number, pageSize: number) => void;
}

export function Pager({ page, pageSize, total, pageSizeOptions, label, totalLabel, onChange }: Props) {
  const texts = useContext(ConfigProvider.ConfigContext).locale?.Pagination ?? {};
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const go = (p: number) => onChange(Math.min(Math.max(1, p), pages), pageSize);
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(total, current * pageSize);

  return (
    <nav className="hoso-pager" aria-label={label}>
      <span className="hoso-pager-total">{totalLabel(total, from, to)}</span>
      <ul>
        <li>
          <Button type="text" icon={<LeftOutlined />} aria-label={texts.prev_page} title={texts.prev_page} disabled={current <= 1} onClick={() => go(current - 1)} />
        </li>
        {pageItems(current, pages).map((item) =>
          typeof item === 'number' ? (
            <li key={item}>
              <Button
                color={item === current ? 'primary' : 'default'}
                variant={item === current ? 'outlined' : 'text'}
                aria-current={item === current ? 'page' : undefined}
                aria-label={`${texts.page ?? ''} ${item}`.trim()}
                onClick={() => item !== current && go(item)}
              >
                {item}
              </Button>
            </li>
          ) : (
            <li key={item}>
              <Button
                type="text"
                className="hoso-pager-jump"
                icon={item === 'back5' ? <DoubleLeftOutlined /> : <DoubleRightOutlined />}
                aria-label={item === 'back5' ? texts.prev_5 : texts.next_5}
                title={item === 'back5' ? texts.prev_5 : texts.next_5}
                onClick={() => go(item === 'back5' ? current - 5 : current + 5)}
              />
            </li>
          ),
        )}
        <li>
          <Button type="text" icon={<RightOutlined />} aria-label={texts.next_page} title={texts.next_page} disabled={current >= pages} onClick={() => go(current + 1)} />
        </li>
      </ul>
      <select
        className="hoso-pager-size"
        aria-label={texts.page_size}
        value={pageSize}
        onChange={(e) => {
          const size = Number(e.target.value);
          // The same page number if the new size still has it, else the last page (as Ant Design's Pagination does).
          onChange(Math.max(1, Math.min(current, Math.ceil(total / size))), size);
        }}
      >
        {pageSizeOptions.map((n) => (
          <option key={n} value={n}>
            {`${n} ${texts.items_per_page ?? ''}`.trim()}
          </option>
        ))}
      </select>
    </nav>
  );
}
