// A secretary sets the due date of a deadline the law gives no length to; the reason goes to the audit log.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatCivilDate, todayInVietnam } from '../../../lib/format';
import { placeFieldErrors } from './formErrors';

interface Values {
  dueDate: Dayjs;
  reason: string;
}

const REASON_MIN = 10;

export function ManualDueModal(props: { caseId: string; deadlineKey: string; name: string; minDate: string; onClose: () => void }) {
  const { t } = useTranslation('casePanels');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const min = dayjs(todayInVietnam(new Date(props.minDate)));

  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/cases/{id}/deadlines/{key}/due', {
          params: { path: { id: props.caseId, key: props.deadlineKey } },
          body: { dueDate: v.dueDate.format('YYYY-MM-DD'), reason: v.reason.trim() },
        }),
      ),
    onSuccess: async (res, v) => {
      void message.success(t('deadlines.manual.done', { date: formatCivilDate(v.dueDate.format('YYYY-MM-DD')) }));
      queryClient.setQueryData(['case', props.caseId, 'deadlines', props.deadlineKey, 'explanation'], res);
      await queryClient.invalidateQueries({ queryKey: ['case', props.caseId] });
      props.onClose();
    },
    onError: (e) => setError(placeFieldErrors(form, e, ['dueDate', 'reason']) ? undefined : e),
  });

  return (
    <Modal
      open
      title={t('deadlines.manual.title', { name: props.name })}
      okText={t('deadlines.manual.submit')}
      cancelText={t('common:cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('deadlines.manual.intro')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setError(undefined);
          save.mutate(v);
        }}
      >
        <Form.Item name="dueDate" label={t('deadlines.manual.dueDate')} rules={[{ required: true, message: t('deadlines.manual.dueDateRequired') }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(min, 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('deadlines.manual.reason')}
          rules={[
            { required: true, whitespace: true, message: t('common.reasonRequired') },
            { min: REASON_MIN, message: t('common.reasonMin', { min: REASON_MIN }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('deadlines.manual.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
