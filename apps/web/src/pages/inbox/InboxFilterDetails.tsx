// The inbox's detailed filters: the procedure and its state, the handling and assigned units. Loaded when the person
// opens "Bộ lọc" (or arrives with one of them in the URL): Select and TreeSelect are not in the first download.
import { Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxFilterValues } from './InboxFilters';
import { unitTree, type OrgUnit, type ProcedureInfo } from './reference';

interface Props {
  value: InboxFilterValues;
  onChange(patch: Partial<InboxFilterValues>): void;
  procedures: ProcedureInfo[];
  units: OrgUnit[];
}

export default function InboxFilterDetails({ value, onChange, procedures, units }: Props) {
  const { t } = useTranslation('inbox');
  const tree = unitTree(units);
  const states = value.procedureId ? Object.entries(procedures.find((p) => p.id === value.procedureId)?.states ?? {}) : [];
  return (
    <Space wrap size={8}>
      <Select
        aria-label={t('filters.procedure')}
        placeholder={t('filters.allProcedures')}
        allowClear
        value={value.procedureId}
        onChange={(procedureId?: string) => onChange({ procedureId, state: undefined })}
        options={procedures.map((p) => ({ value: p.id, label: p.title }))}
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
        onChange={(state?: string) => onChange({ state })}
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
        onChange={(unitId?: string) => onChange({ unitId })}
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
        onChange={(assignedUnitId?: string) => onChange({ assignedUnitId })}
        treeData={tree}
        style={{ width: 210 }}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
