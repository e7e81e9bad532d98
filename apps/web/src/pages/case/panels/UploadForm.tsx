// Filing one document: drag and drop (or choose) the file, say which form or kind it is, its date and author; sent as
// multipart/form-data with progress. The server recognises the type by the content and refuses what it does not take.
import { useQueryClient } from '@tanstack/react-query';
import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Col, DatePicker, Form, Input, Progress, Row, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Schemas } from '../../../api/client';
import { uploadMultipart } from '../../../api/files';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { todayInVietnam } from '../../../lib/format';
import { placeFieldErrors } from './formErrors';
import { apiUrl, dossierKey } from './queries';

interface Values {
  formCode: string;
  documentDate: Dayjs;
  author: string;
  aboutPerson?: string;
  stampedAcrossPages?: boolean;
}

/** What the dossier takes (libs/cases documents/media-types.ts); the server checks the bytes again. */
const ACCEPTED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'odt'];
const ACCEPTED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
];

/** Why a chosen file is refused before sending, in Vietnamese; undefined when it may go. */
export function refusalOf(file: { name: string; type: string; size: number }, t: (k: string, o?: Record<string, unknown>) => string): string | undefined {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext) && !ACCEPTED_TYPES.includes(file.type)) return t('documents.upload.typeRefused', { name: file.name });
  if (file.size === 0) return t('documents.upload.emptyRefused', { name: file.name });
  return undefined;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

const FIELDS = ['formCode', 'documentDate', 'author', 'aboutPerson', 'stampedAcrossPages'] as const;

export function UploadForm({ caseId, dossier }: { caseId: string; dossier: Schemas['DossierResponse'] }) {
  const { t } = useTranslation('casePanels');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [progress, setProgress] = useState<number>();

  const options = [
    ...Object.entries(dossier.forms).map(([code, name]) => ({ value: code, label: `${code} — ${name}` })),
    ...dossier.kinds.filter((k) => !(k.code in dossier.forms)).map((k) => ({ value: k.code, label: `${k.code} — ${k.label}` })),
  ];

  const submit = async (v: Values) => {
    setError(undefined);
    if (!file) {
      setFileError(t('documents.upload.fileRequired'));
      return;
    }
    const body = new FormData();
    body.append('formCode', v.formCode);
    body.append('documentDate', v.documentDate.format('YYYY-MM-DD'));
    body.append('author', v.author.trim());
    if (v.aboutPerson?.trim()) body.append('aboutPerson', v.aboutPerson.trim());
    body.append('stampedAcrossPages', v.stampedAcrossPages ? 'true' : 'false');
    body.append('file', file, file.name);
    setProgress(0);
    try {
      const res = await uploadMultipart<Schemas['DossierUploadResponse']>(apiUrl(`/cases/${caseId}/dossier`), body, setProgress);
      void message.success(t('documents.upload.done', { name: res.fileName }));
      form.resetFields(['formCode', 'aboutPerson', 'stampedAcrossPages']);
      setFile(undefined);
      await queryClient.invalidateQueries({ queryKey: dossierKey(caseId) });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'ATTACHMENT_TOO_LARGE' && typeof e.details.maxBytes === 'number') {
        setFileError(t('documents.upload.tooLarge', { size: formatBytes(e.details.maxBytes) }));
      } else if (e instanceof ApiError && ['ATTACHMENT_TYPE_NOT_ACCEPTED', 'ATTACHMENT_CONTENT_MISMATCH', 'ATTACHMENT_TOO_LARGE', 'PAYLOAD_TOO_LARGE'].includes(e.code)) {
        setFileError(e.message);
      } else if (e instanceof ApiError && e.code === 'FORM_CODE_UNKNOWN') {
        form.setFields([{ name: 'formCode', errors: [e.message] }]);
      } else if (!placeFieldErrors(form, e, FIELDS)) {
        setError(e);
      }
    } finally {
      setProgress(undefined);
    }
  };

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: fileError ? 'error' : 'done' }] : [];
  const uploading = progress !== undefined;

  return (
    <section aria-labelledby="dossier-upload-title" style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 16 }}>
      <Typography.Title level={3} id="dossier-upload-title" style={{ fontSize: 16, marginTop: 0 }}>{t('documents.upload.title')}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ documentDate: dayjs(todayInVietnam()), stampedAcrossPages: false }}
        onFinish={(v) => void submit(v)}
        onFinishFailed={() => !file && setFileError(t('documents.upload.fileRequired'))}
        disabled={uploading}
      >
        <Form.Item label={t('documents.upload.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError}>
          <Upload.Dragger
            multiple={false}
            maxCount={1}
            fileList={fileList}
            beforeUpload={(f) => {
              const refusal = refusalOf(f, t);
              setFileError(refusal);
              setError(undefined);
              if (!refusal) setFile(f);
              return refusal ? Upload.LIST_IGNORE : false;
            }}
            onRemove={() => {
              setFile(undefined);
              setFileError(undefined);
            }}
            aria-label={t('documents.upload.dropAria')}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('documents.upload.drop')}</p>
            <p className="ant-upload-hint">{t('documents.upload.dropHint')}</p>
          </Upload.Dragger>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item name="formCode" label={t('documents.upload.formCode')} rules={[{ required: true, message: t('documents.upload.formCodeRequired') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="documentDate" label={t('documents.upload.documentDate')} rules={[{ required: true, message: t('documents.upload.documentDateRequired') }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="stampedAcrossPages" valuePropName="checked" label=" ">
              <Checkbox>{t('documents.upload.stamped')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="author" label={t('documents.upload.author')} rules={[{ required: true, whitespace: true, message: t('documents.upload.authorRequired') }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="aboutPerson" label={t('documents.upload.aboutPerson')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        {uploading && (
          <div role="status" style={{ marginBottom: 12 }}>
            <Typography.Text>{t('documents.upload.uploading', { percent: Math.round((progress ?? 0) * 100) })}</Typography.Text>
            <Progress percent={Math.round((progress ?? 0) * 100)} />
          </div>
        )}
        <ApiErrorAlert error={error} />
        <Button type="primary" htmlType="submit" loading={uploading} style={{ marginTop: 8 }}>
          {t('documents.upload.submit')}
        </Button>
      </Form>
    </section>
  );
}
