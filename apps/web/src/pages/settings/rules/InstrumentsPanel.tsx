// "Văn bản pháp lý": the register of instruments the rules cite (number, title, issuer, dates, what it replaces, how
// sure we are of it), filtered by number and confidence; an administrator of a top-level unit registers a new one.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatCivilDate } from '../../../lib/format';
import { ConfidenceTag } from '../settingsShared';
import { InstrumentModal } from './InstrumentModal';
import { CONFIDENCES, type Confidence } from './ruleValue';

type Instrument = Schemas['LegalInstrumentResponse'];

export default function InstrumentsPanel({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { t: tc } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [code, setCode] = useState('');
  const [confidence, setConfidence] = useState<Confidence | undefined>();
  const [creating, setCreating] = useState(false);
  const query = { page, pageSize, ...(code ? { code } : {}), ...(confidence ? { confidence } : {}) };
  const list = useQuery({
    queryKey: ['legal-instruments', 'list', query],
    queryFn: () => unwrap(api.GET('/legal-instruments', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const date = (d: string | null) => (d ? formatCivilDate(d) : <Typography.Text type="secondary">{t('instruments.unknownDate')}</Typography.Text>);

  const columns: ColumnsType<Instrument> = [
    {
      title: t('instruments.columns.code'),
      key: 'code',
      width: 170,
      render: (_, i) => <Typography.Text strong>{i.code}</Typography.Text>,
    },
    {
      title: t('instruments.columns.title'),
      key: 'title',
      onCell: () => ({ style: { minWidth: 220 } }),
      render: (_, i) => (
        <Flex vertical gap={2}>
          <span>{i.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.issuer}</Typography.Text>
          {i.notes && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.notes}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('instruments.columns.issuedOn'), key: 'issuedOn', width: 120, render: (_, i) => date(i.issuedOn) },
    { title: t('instruments.columns.effectiveFrom'), key: 'effectiveFrom', width: 120, render: (_, i) => date(i.effectiveFrom) },
    {
      title: t('instruments.columns.replaces'),
      key: 'replaces',
      width: 160,
      responsive: ['lg'],
      render: (_, i) => (i.replaces.length ? i.replaces.join(', ') : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t('settings:confidence'),
      key: 'confidence',
      width: 190,
      render: (_, i) => (
        <Flex vertical gap={2} align="start">
          <ConfidenceTag value={i.confidence} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('settings:source', { ref: i.sourceRef })}</Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="end" justify="space-between">
        <Flex gap={12} wrap align="end">
          <div>
            <label htmlFor="instruments-filter-code" style={{ display: 'block' }}>{t('instruments.filterCode')}</label>
            <Input.Search id="instruments-filter-code" allowClear onSearch={(v) => { setCode(v.trim()); setPage(1); }} placeholder="QĐ/TW" style={{ width: 220 }} />
          </div>
          <div>
            <label htmlFor="instruments-filter-confidence" style={{ display: 'block' }}>{t('settings:confidence')}</label>
            <Select<Confidence>
              id="instruments-filter-confidence"
              allowClear
              value={confidence}
              onChange={(v) => { setConfidence(v); setPage(1); }}
              placeholder={t('filters.anyConfidence')}
              style={{ width: 220 }}
              options={CONFIDENCES.map((c) => ({ value: c, label: t(`settings:confidences.${c}`) }))}
            />
          </div>
        </Flex>
        {canCreate && <Button type="primary" onClick={() => setCreating(true)}>{t('instruments.add')}</Button>}
      </Flex>
      {list.error ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Instrument>
          aria-label={t('instruments.tableLabel')}
          rowKey="id"
          size="small"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: list.data?.page ?? page,
            pageSize: list.data?.pageSize ?? pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total, [from, to]) => tc('pageOf', { from, to, total }),
            onChange: (p, s) => {
              setPage(s !== pageSize ? 1 : p);
              setPageSize(s);
            },
          }}
        />
      )}
      {creating && <InstrumentModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}
