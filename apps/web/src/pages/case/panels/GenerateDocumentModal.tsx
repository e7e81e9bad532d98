// Drafting a document from a template: the templates of the case's procedure with the version in force on the
// document's date for the case's unit; the server fills in the case's facts and files a .docx and a PDF draft.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Empty, Form, Modal, Radio, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap, type Schemas } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { todayInVietnam } from '../../../lib/format';
import { ToneTag } from '../../../components/timeline/ToneTag';
import { dossierKey } from './queries';

type CaseView = Schemas['CaseViewResponse'];
type TemplateItem = Schemas['TemplateListItemResponse'];

/** The templates in force for the case's unit on `date`; without the unit when it is outside the user's scope. */
export function useCaseTemplates(caseView: CaseView, date: string) {
  return useQuery({
    queryKey: ['documentTemplates', 'forCase', caseView.orgUnitId, date],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/document-templates', { params: { query: { unitId: caseView.orgUnitId, date } } }));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'UNIT_NOT_FOUND') return unwrap(api.GET('/document-templates', { params: { query: { date } } }));
        throw e;
      }
    },
  });
}

export function GenerateDocumentModal({ caseView, open, onClose }: { caseView: CaseView; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('casePanels');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<Dayjs>(() => dayjs(todayInVietnam()));
  const [key, setKey] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const isoDate = date.format('YYYY-MM-DD');
  const q = useCaseTemplates(caseView, isoDate);
  const templates: TemplateItem[] = (q.data?.items ?? []).filter((i) => i.procedureId === caseView.procedureId);
  const chosen = templates.find((i) => i.key === key && i.version !== null);

  const generate = async () => {
    if (!chosen) return;
    setError(undefined);
    setBusy(true);
    try {
      const res = await unwrap(
        api.POST('/cases/{id}/documents/generate', { params: { path: { id: caseView.id } }, body: { template: chosen.key, documentDate: isoDate } }),
      );
      void message.success(t('documents.generate.done', { title: res.template.title, version: res.template.version, count: res.documents.length }));
      await queryClient.invalidateQueries({ queryKey: dossierKey(caseView.id) });
      setKey(undefined);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('documents.generate.title')}
      okText={t('documents.generate.submit')}
      cancelText={t('common:cancel')}
      onOk={() => void generate()}
      onCancel={onClose}
      okButtonProps={{ disabled: !chosen, loading: busy }}
      destroyOnHidden
      width={680}
    >
      <Form layout="vertical">
        <Form.Item label={t('documents.generate.documentDate')} help={t('documents.generate.documentDateHelp')}>
          <DatePicker
            format="DD/MM/YYYY"
            allowClear={false}
            value={date}
            onChange={(d) => d && setDate(d)}
            aria-label={t('documents.generate.documentDate')}
          />
        </Form.Item>
        <Form.Item label={t('documents.generate.template')} required>
          {q.isPending ? (
            <Spin />
          ) : q.error ? (
            <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />
          ) : templates.length === 0 ? (
            <Empty description={t('documents.generate.none')} />
          ) : (
            <Radio.Group value={key} onChange={(e) => setKey(e.target.value as string)} aria-label={t('documents.generate.template')}>
              <Space orientation="vertical" size={10}>
                {templates.map((tpl) => (
                  <Radio key={tpl.key} value={tpl.key} disabled={tpl.version === null}>
                    <span style={{ fontWeight: 500 }}>{tpl.title}</span>{' '}
                    {tpl.version !== null ? (
                      <ToneTag tone="blue">{t('documents.generate.version', { version: tpl.version })}</ToneTag>
                    ) : (
                      <ToneTag tone="grey">{t('documents.generate.noVersion')}</ToneTag>
                    )}
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {tpl.formCode} · {tpl.why}
                      </Typography.Text>
                    </div>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          )}
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
