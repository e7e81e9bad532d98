// A change to the holiday calendar (a new calendar version): days that become days off or swapped working days, or
// go back to the normal week, with the reason. Open deadlines do not move until the recompute below is applied.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Radio, Select, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from './overrideFields';

export type DayAction = 'HOLIDAY' | 'WORKING_DAY' | 'CLEAR';

export interface CalendarChangeValues {
  kind: 'SCHEDULE' | 'EDIT';
  rows: { date?: Dayjs; action: DayAction; name?: string }[];
  reason: string;
}

export function toChangeBody(v: CalendarChangeValues) {
  const rows = v.rows.filter((r) => r.date);
  return {
    kind: v.kind,
    reason: v.reason.trim(),
    set: rows.filter((r) => r.action !== 'CLEAR').map((r) => ({
      date: r.date!.format('YYYY-MM-DD'),
      kind: r.action as 'HOLIDAY' | 'WORKING_DAY',
      name: (r.name ?? '').trim(),
    })),
    clear: rows.filter((r) => r.action === 'CLEAR').map((r) => r.date!.format('YYYY-MM-DD')),
  };
}

export function CalendarChangeForm({ form, onApplied }: { form: FormInstance<CalendarChangeValues>; onApplied: (version: number) => void }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const apply = useMutation({
    mutationFn: (v: CalendarChangeValues) => unwrap(api.POST('/calendar/changes', { body: toChangeBody(v) })),
    onSuccess: async (r) => {
      void message.success(t('calendar.change.applied', { version: r.version }));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      onApplied(r.version);
    },
    onError: (e) => showFieldErrors(form, e, ['reason']),
  });

  const actions = [
    { value: 'HOLIDAY', label: t('calendar.change.actionHoliday') },
    { value: 'WORKING_DAY', label: t('calendar.change.actionWorking') },
    { value: 'CLEAR', label: t('calendar.change.actionClear') },
  ];
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('calendar.change.title')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('calendar.change.hint')}</Typography.Paragraph>
      <Form<CalendarChangeValues>
        form={form}
        name="calendarChange"
        layout="vertical"
        initialValues={{ kind: 'EDIT', rows: [] }}
        onFinish={(v) => apply.mutate(v)}
        requiredMark={false}
      >
        <Form.Item name="kind" label={t('calendar.change.kind')}>
          <Radio.Group
            options={[
              { value: 'EDIT', label: t('calendar.change.kindEdit') },
              { value: 'SCHEDULE', label: t('calendar.change.kindSchedule') },
            ]}
          />
        </Form.Item>
        <Typography.Text strong>{t('calendar.change.days')}</Typography.Text>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8, marginBottom: 16 }}>
              {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.change.noRows')} />}
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} wrap align="start">
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('required') }]} style={{ marginBottom: 0 }}>
                    <DatePicker format="DD/MM/YYYY" placeholder={t('datePlaceholder')} aria-label={`${t('calendar.change.date')} ${i + 1}`} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'action']} style={{ marginBottom: 0 }}>
                    <Select options={actions} aria-label={`${t('calendar.change.action')} ${i + 1}`} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['rows', f.name, 'action']) !== 'CLEAR' && (
                        <Form.Item
                          name={[f.name, 'name']}
                          rules={[{ required: true, whitespace: true, min: 2, message: t('calendar.change.nameRequired') }]}
                          style={{ marginBottom: 0, flex: '1 1 180px' }}
                        >
                          <Input placeholder={t('calendar.change.name')} aria-label={`${t('calendar.change.name')} ${i + 1}`} maxLength={200} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={`${t('calendar.change.remove')} ${i + 1}`} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ action: 'HOLIDAY' })} style={{ alignSelf: 'start' }}>
                {t('calendar.change.addDay')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item
          name="reason"
          label={t('reasonField')}
          rules={[{ required: true, whitespace: true, message: t('reasonMin') }, { min: 10, message: t('reasonMin') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        {apply.error && <div style={{ marginBottom: 12 }}><ApiErrorAlert error={apply.error} /></div>}
        <Form.Item noStyle shouldUpdate>
          {() => (
            <Button type="primary" htmlType="submit" loading={apply.isPending} disabled={(form.getFieldValue('rows') ?? []).length === 0}>
              {t('calendar.change.submit')}
            </Button>
          )}
        </Form.Item>
      </Form>
    </Card>
  );
}
