// The inbox's filter bar: the view (nearest, overdue, due within N working days, awaiting a unit's report), the
// procedure and its state, the handling and assigned units; and the user's saved filter sets.
import { DeleteOutlined, FilterOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Segmented, Select, Space, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../api/schema';
import { unitTree, type OrgUnit, type ProcedureInfo } from './reference';
import type { SavedFilter } from './savedFilters';

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
  const tree = unitTree(props.units);
  const states = value.procedureId ? Object.entries(props.procedures.find((p) => p.id === value.procedureId)?.states ?? {}) : [];
  const filtered = !!(value.procedureId || value.state || value.unitId || value.assignedUnitId);
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
            <InputNumber
              aria-labelledby="inbox-days-label"
              min={1}
              max={60}
              value={value.days}
              onChange={(d) => typeof d === 'number' && props.onChange({ days: d })}
              style={{ width: 72 }}
            />
          </Space>
        )}
      </Space>

      <Space wrap size={8}>
        <Select
          aria-label={t('filters.procedure')}
          placeholder={t('filters.allProcedures')}
          allowClear
          value={value.procedureId}
          onChange={(procedureId?: string) => props.onChange({ procedureId, state: undefined })}
          options={props.procedures.map((p) => ({ value: p.id, label: p.title }))}
          style={{ width: 270 }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('filters.state')}
          placeholder={value.procedureId ? t('filters.allStates') : t('filters.state')}
          title={value.procedureId ? undefined : t('filters.chooseProcedureFirst')}
          allowClear
          disabled={!value.procedureId}
          value={value.state}
          onChange={(state?: string) => props.onChange({ state })}
          options={states.map(([key, label]) => ({ value: key, label }))}
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          showSearch={{ optionFilterProp: 'label' }}
        />
        <TreeSelect
          aria-label={t('filters.unit')}
          placeholder={t('filters.unit')}
          allowClear
          treeDefaultExpandAll
          value={value.unitId}
          onChange={(unitId?: string) => props.onChange({ unitId })}
          treeData={tree}
          style={{ width: 210 }}
          popupMatchSelectWidth={false}
        />
        <TreeSelect
          aria-label={t('filters.assignedUnit')}
          placeholder={t('filters.assignedUnit')}
          allowClear
          treeDefaultExpandAll
          value={value.assignedUnitId}
          onChange={(assignedUnitId?: string) => props.onChange({ assignedUnitId })}
          treeData={tree}
          style={{ width: 210 }}
          popupMatchSelectWidth={false}
        />
        <Button onClick={props.onClear} disabled={!filtered && value.view === 'nearest'}>
          {t('filters.clear')}
        </Button>
      </Space>

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
