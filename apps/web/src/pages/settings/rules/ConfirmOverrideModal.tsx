// Confirming again an override that lapsed when a newer general rule came into force: with a reason (logged), it
// applies again from the confirmation on (POST /rules/{id}/confirm).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { placeRuleErrors } from './formErrors';
import type { Rule } from './ruleValue';

export default function ConfirmOverrideModal(props: { rule: Rule; unitName: string | undefined; onClose: () => void }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/rules/{id}/confirm', { params: { path: { id: props.rule.id } }, body: { reason } })),
    onSuccess: async () => {
      void message.success(t('confirm.done'));
      await queryClient.invalidateQueries({ queryKey: ['rules'] });
      props.onClose();
    },
    onError: (e) => placeRuleErrors(form, e, undefined, ['reason']),
  });

  return (
    <Modal
      open
      title={t('confirm.title')}
      okText={t('confirm.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={confirm.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('confirm.explanation', { key: props.rule.key, unit: props.unitName ?? t('settings:unknownUnit') })}
      />
      <Form form={form} name="ruleConfirm" layout="vertical" requiredMark={false} onFinish={(v) => confirm.mutate(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('settings:reasonField')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('settings:reasonMin') },
            { validator: (_, v?: string) => ((v ?? '').trim().length >= 10 ? Promise.resolve() : Promise.reject(new Error(t('settings:reasonMin')))) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
      {confirm.error && <ApiErrorAlert error={confirm.error} />}
    </Modal>
  );
}
