// Recording a subject, an organisation reported, a conflict of interest or a named participant. Only the relations
// this user's roles allow are offered (the server decides again); its refusals appear beside the form.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { useAuth, type Role } from '../../../app/auth';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { placeFieldErrors } from './formErrors';
import { panelKey } from './queries';

type Relation = Schemas['AddParticipantDto']['relation'];

interface Values {
  relation: Relation;
  userId?: string;
  unitId?: string;
  reason: string;
}

const REPORTERS: Role[] = ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'STANDING_COMMITTEE_MEMBER', 'SECRETARY', 'INSPECTION_COMMISSION_MEMBER'];
const LEADERS: Role[] = ['STANDING_COMMITTEE_MEMBER', 'SECRETARY'];
const RELATIONS: Relation[] = ['SUBJECT', 'SUBJECT_ORGANISATION', 'CONFLICT', 'PARTICIPANT'];
const REASON_MIN = 3;

export function ParticipantForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation('casePanels');
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const relation = Form.useWatch('relation', form);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>();

  // Everyone who sees the case may declare their own conflict.
  const allowed = RELATIONS.filter((r) => (r === 'SUBJECT' || r === 'SUBJECT_ORGANISATION' ? hasRole(...REPORTERS) : r === 'CONFLICT' ? true : hasRole(...LEADERS)));
  const mayNameOthers = relation !== 'CONFLICT' || hasRole(...LEADERS);

  const users = useQuery({
    queryKey: ['casePanels', 'users', search],
    enabled: relation !== undefined && relation !== 'SUBJECT_ORGANISATION' && mayNameOthers,
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET('/users', { params: { query: { pageSize: 20, ...(search.trim() ? { q: search.trim() } : {}) } } })),
  });
  const units = useQuery({
    queryKey: ['casePanels', 'units'],
    enabled: relation === 'SUBJECT_ORGANISATION',
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/org-units', { params: { query: { pageSize: 500 } } })),
  });

  const add = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/cases/{id}/participants', {
          params: { path: { id: caseId } },
          body: {
            relation: v.relation,
            reason: v.reason.trim(),
            ...(v.relation === 'SUBJECT_ORGANISATION' ? { unitId: v.unitId } : v.userId ? { userId: v.userId } : {}),
          },
        }),
      ),
    onSuccess: async (res) => {
      void message.success(t('participants.done', { relation: res.relationLabel }));
      // A subject or a conflict changes who may see and vote: the whole case is read again.
      await queryClient.invalidateQueries({ queryKey: panelKey(caseId, 'participants') });
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
      onDone();
    },
    onError: (e) => setError(placeFieldErrors(form, e, ['relation', 'userId', 'unitId', 'reason']) ? undefined : e),
  });

  return (
    <section aria-labelledby="participant-form-title" style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 16, maxWidth: 760 }}>
      <Typography.Title level={3} id="participant-form-title" style={{ fontSize: 16, marginTop: 0 }}>{t('participants.addTitle')}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ relation: allowed[0] }}
        onFinish={(v) => {
          setError(undefined);
          add.mutate(v);
        }}
        onValuesChange={(changed) => 'relation' in changed && form.setFieldsValue({ userId: undefined, unitId: undefined })}
      >
        <Form.Item name="relation" label={t('participants.relation')} rules={[{ required: true, message: t('participants.relationRequired') }]}>
          <Select options={allowed.map((r) => ({ value: r, label: t(`participants.relations.${r}`) }))} />
        </Form.Item>
        {relation === 'SUBJECT_ORGANISATION' ? (
          <Form.Item name="unitId" label={t('participants.unit')} rules={[{ required: true, message: t('participants.unitRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={units.isPending}
              options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        ) : (
          mayNameOthers && (
            <Form.Item
              name="userId"
              label={t('participants.user')}
              extra={relation === 'CONFLICT' ? t('participants.selfConflict') : undefined}
              rules={relation === 'CONFLICT' ? [] : [{ required: true, message: t('participants.userRequired') }]}
            >
              <Select
                allowClear
                placeholder={t('participants.userPlaceholder')}
                showSearch={{ filterOption: false, onSearch: setSearch }}
                loading={users.isFetching}
                options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
              />
            </Form.Item>
          )
        )}
        <Form.Item
          name="reason"
          label={t('participants.reason')}
          rules={[
            { required: true, whitespace: true, message: t('common.reasonRequired') },
            { min: REASON_MIN, message: t('common.reasonMin', { min: REASON_MIN }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount placeholder={t('participants.reasonPlaceholder')} />
        </Form.Item>
        <ApiErrorAlert error={error} />
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" htmlType="submit" loading={add.isPending}>{t('participants.add')}</Button>
          <Button onClick={onDone}>{t('common:cancel')}</Button>
        </Space>
      </Form>
    </section>
  );
}
