// Registering an instrument (POST /legal-instruments, an administrator of a top-level unit): its number as written,
// title, issuer, dates when known, the instruments it replaces, confidence, source and the mandatory reason.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { placeRuleErrors } from './formErrors';
import { CONFIDENCES, type Confidence } from './ruleValue';

interface Values {
  code: string;
  title: string;
  issuer: string;
  issuedOn?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  replaces?: string[];
  confidence: Confidence;
  sourceRef: string;
  notes?: string;
  reason: string;
}

const FIELDS = ['code', 'title', 'issuer', 'issuedOn', 'effectiveFrom', 'replaces', 'confidence', 'sourceRef', 'notes', 'reason'];

export function InstrumentModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const known = useQuery({
    queryKey: ['legal-instruments', 'all'],
    queryFn: () => unwrap(api.GET('/legal-instruments', { params: { query: { page: 1, pageSize: 100 } } })),
    staleTime: 60_000,
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/legal-instruments', {
          body: {
            code: v.code.trim(),
            title: v.title.trim(),
            issuer: v.issuer.trim(),
            issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
            effectiveFrom: v.effectiveFrom ? v.effectiveFrom.format('YYYY-MM-DD') : null,
            replaces: v.replaces ?? [],
            confidence: v.confidence,
            sourceRef: v.sourceRef.trim(),
            notes: v.notes?.trim() ? v.notes.trim() : null,
            reason: v.reason.trim(),
          },
        }),
      ),
    onSuccess: async (created) => {
      void message.success(t('instruments.created', { code: created.code }));
      await queryClient.invalidateQueries({ queryKey: ['legal-instruments'] });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'LEGAL_INSTRUMENT_CODE_TAKEN') form.setFields([{ name: 'code', errors: [e.message] }]);
      else placeRuleErrors(form, e, undefined, FIELDS);
    },
  });
  const required = { required: true, whitespace: true, message: t('settings:required') };

  return (
    <Modal
      open
      title={t('instruments.form.title')}
      okText={t('instruments.form.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      <Form<Values> form={form} name="legalInstrument" layout="vertical" requiredMark="optional" onFinish={(v) => save.mutate(v)}>
        <Flex gap={12} wrap>
          <Form.Item name="code" label={t('instruments.form.code')} extra={t('instruments.form.codeHint')} rules={[required, { min: 2, message: t('settings:required') }]}>
            <Input maxLength={64} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="issuer" label={t('instruments.form.issuer')} rules={[required]} style={{ flex: '1 1 260px' }}>
            <Input maxLength={300} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('instruments.form.titleField')} rules={[required, { min: 3, message: t('settings:required') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="issuedOn" label={t('instruments.form.issuedOn')} extra={t('instruments.form.dateUnknown')}>
            <DatePicker format="DD/MM/YYYY" placeholder={t('settings:datePlaceholder')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('instruments.form.effectiveFrom')} extra={t('instruments.form.dateUnknown')}>
            <DatePicker format="DD/MM/YYYY" placeholder={t('settings:datePlaceholder')} style={{ width: 180 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="replaces" label={t('instruments.form.replaces')}>
          <Select mode="tags" tokenSeparators={[',']} options={(known.data?.items ?? []).map((i) => ({ value: i.code, label: i.code }))} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="confidence" label={t('settings:confidence')} rules={[{ required: true, message: t('settings:required') }]}>
            <Select style={{ width: 260 }} options={CONFIDENCES.map((c) => ({ value: c, label: t(`settings:confidences.${c}`) }))} />
          </Form.Item>
          <Form.Item name="sourceRef" label={t('instruments.form.sourceRef')} rules={[required]}>
            <Input maxLength={64} style={{ width: 200 }} placeholder="[62][64]" />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('instruments.form.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('settings:reasonField')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('settings:reasonMin') },
            { validator: (_, v?: string) => ((v ?? '').trim().length >= 10 ? Promise.resolve() : Promise.reject(new Error(t('settings:reasonMin')))) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        {save.error !== null && !(save.error instanceof ApiError && save.error.code === 'LEGAL_INSTRUMENT_CODE_TAKEN') && <ApiErrorAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
