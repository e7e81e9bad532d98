// Who the case concerns and who must stay out of it: persons and organisations reported, conflicts of interest,
// participants named to see it. Recording one is logged and cannot be undone; the server checks who may.
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { PageState } from '../../../components/PageState';
import { formatDateTime } from '../../../lib/format';
import { ParticipantForm } from './ParticipantForm';
import { panelKey } from './queries';
import { ToneTag, type Tone } from '../../../components/timeline/ToneTag';

type Participant = Schemas['ParticipantResponse'];

const RELATION_TONE: Record<Participant['relation'], Tone> = {
  SUBJECT: 'volcano',
  SUBJECT_ORGANISATION: 'orange',
  CONFLICT: 'gold',
  PARTICIPANT: 'blue',
};

export const participantsKey = (caseId: string) => panelKey(caseId, 'participants');

export default function ParticipantsPanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { t } = useTranslation('casePanels');
  const [adding, setAdding] = useState(false);
  const q = useQuery({
    queryKey: participantsKey(caseView.id),
    queryFn: () => unwrap(api.GET('/cases/{id}/participants', { params: { path: { id: caseView.id } } })),
  });
  return (
    <PageState loading={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography.Text type="secondary" style={{ maxWidth: 760 }}>{t('participants.effect')}</Typography.Text>
          {!adding && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('participants.add')}</Button>
          )}
        </div>
        {adding && <ParticipantForm caseId={caseView.id} onDone={() => setAdding(false)} />}
        {(q.data?.items.length ?? 0) === 0 ? (
          <Empty description={t('participants.empty')} />
        ) : (
          <Table<Participant>
            size="middle"
            rowKey="id"
            dataSource={q.data?.items}
            pagination={false}
            scroll={{ x: 720 }}
            columns={[
              {
                key: 'relation',
                title: t('participants.relation'),
                width: 230,
                render: (_, p) => <ToneTag tone={RELATION_TONE[p.relation]}>{p.relationLabel}</ToneTag>,
              },
              { key: 'who', title: t('participants.who'), width: 240, render: (_, p) => p.userName ?? p.unitName ?? t('common.none') },
              { key: 'reason', title: t('participants.reason'), render: (_, p) => <span style={{ whiteSpace: 'pre-wrap' }}>{p.reason}</span> },
              { key: 'addedAt', title: t('participants.addedAt'), width: 150, render: (_, p) => formatDateTime(p.addedAt) },
            ]}
          />
        )}
      </div>
    </PageState>
  );
}
