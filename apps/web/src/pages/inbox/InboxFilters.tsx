// The inbox's filter bar: the view (nearest, overdue, due within N working days, awaiting a unit's report) always in
// sight; behind "Bộ lọc" the procedure and its state, the handling and assigned units (a separate chunk, loaded when
// opened, and open from the start when the URL already has one of them); and the user's saved filter sets.
import { DeleteOutlined, DownOutlined, FilterOutlined, SaveOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Segmented, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../api/schema';
import type { OrgUnit, ProcedureInfo } from './reference';
import type { SavedFilter } from './savedFilters';

const InboxFilterDetails = lazy(() => import('./InboxFilterDetails'));
const DaysInput = lazy(() => import('./DaysInput'));

/** The views GET /inbox offers (from the generated contract: a view the API drops is a compile error here). */
export type InboxView = NonNullable<NonNullable<paths['/inbox']['get']['parameters']['query']>['view']>;
export const INBOX_VIEWS: readonly InboxView[] = ['nearest', 'overdue', 'dueWithin', 'awaitingReport'];

export interface InboxFilterValues {
  view: InboxView;
  days: number;
  procedureId?: string;
  state?: string;
  unitId?: string;
  assignedUnitId?: string;
}

interface Props {
  value: InboxFilterValues;
  onChange(patch: Partial<InboxFilterValues>): void;
  onClear(): void;
  procedures: ProcedureInfo[];
  units: OrgUnit[];
  saved: SavedFilter[];
  activeSaved?: string;
  onApplySaved(f: SavedFilter): void;
  onSave(name: string): void;
  onRemoveSaved(name: string): void;
}

export function InboxFilters(props: Props) {
  const { t } = useTranslation('inbox');
  const { value } = props;
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const active = [value.procedureId, value.state, value.unitId, value.assignedUnitId].filter(Boolean).length;
  // Open from the start when the URL has a detailed filter, and again whenever one arrives (a saved filter, a link).
  const [open, setOpen] = useState(active > 0);
  useEffect(() => {
    if (active > 0) setOpen(true);
  }, [active]);
  const commit = () => {
    if (name.trim() === '') return;
    props.onSave(name);
    setNaming(false);
    setName('');
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap size={12} align="center">
        <Segmented<InboxView>
          aria-label={t('inbox.viewLabel')}
          value={value.view}
          onChange={(view) => props.onChange({ view })}
          options={INBOX_VIEWS.map((v) => ({ value: v, label: t(`inbox.views.${v}`) }))}
        />
        {value.view === 'dueWithin' && (
          <Space size={6}>
            <Typography.Text id="inbox-days-label">{t('inbox.daysLabel')}</Typography.Text>
            <Suspense fallback={<span style={{ display: 'inline-block', width: 72 }} />}>
              <DaysInput labelledBy="inbox-days-label" value={value.days} onChange={(days) => props.onChange({ days })} />
            </Suspense>
          </Space>
        )}
        <Button
          icon={<FilterOutlined aria-hidden />}
          aria-expanded={open}
          aria-controls={open ? 'inbox-filter-details' : undefined}
          onClick={() => setOpen(!open)}
        >
          {active > 0 ? `${t('filters.toggle')} (${active})` : t('filters.toggle')}
          {open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
        </Button>
        <Button onClick={props.onClear} disabled={active === 0 && value.view === 'nearest'}>
          {t('filters.clear')}
        </Button>
      </Space>

      {open && (
        <div id="inbox-filter-details">
          <Suspense fallback={<Typography.Text type="secondary">{t('common:loading')}</Typography.Text>}>
            <InboxFilterDetails value={value} onChange={props.onChange} procedures={props.procedures} units={props.units} />
          </Suspense>
        </div>
      )}

      <Space wrap size={8} align="center">
        <Typography.Text type="secondary">
          <FilterOutlined /> {t('saved.title')}
        </Typography.Text>
        {props.saved.length === 0 && <Typography.Text type="secondary">{t('saved.none')}</Typography.Text>}
        {props.saved.map((f) => (
          <Space.Compact key={f.name}>
            <Button size="small" type={props.activeSaved === f.name ? 'primary' : 'default'} aria-pressed={props.activeSaved === f.name} onClick={() => props.onApplySaved(f)}>
              {f.name}
            </Button>
            <Button size="small" icon={<DeleteOutlined />} aria-label={t('saved.remove', { name: f.name })} onClick={() => props.onRemoveSaved(f.name)} />
          </Space.Compact>
        ))}
        <Button size="small" type="dashed" icon={<SaveOutlined />} onClick={() => setNaming(true)}>
          {t('saved.save')}
        </Button>
      </Space>

      <Modal
        open={naming}
        title={t('saved.save')}
        okText={t('common:save')}
        cancelText={t('common:cancel')}
        okButtonProps={{ disabled: name.trim() === '' }}
        onOk={commit}
        onCancel={() => setNaming(false)}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={commit}>
          <Form.Item label={t('saved.name')} htmlFor="inbox-saved-name" extra={t('saved.hint')}>
            <Input id="inbox-saved-name" autoFocus maxLength={60} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('saved.namePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
