// Filing the signed copy of a draft generated from a template: the scan or PDF goes into the dossier under the
// draft's form code with signedCopyOf = the draft's id (a ky-luat decision step waits for it).
import { useQueryClient } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Upload } from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Schemas } from '../../../api/client';
import { uploadMultipart } from '../../../api/files';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { todayInVietnam } from '../../../lib/format';
import { apiUrl, dossierKey } from './queries';
import { refusalOf } from './UploadForm';

type DossierItem = Schemas['DossierItemResponse'];

interface Values {
  documentDate: Dayjs;
  author: string;
}

export function SignedCopyUpload({ caseId, draft }: { caseId: string; draft: DossierItem }) {
  const { t } = useTranslation('casePanels');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setFile(undefined);
    setFileError(undefined);
    setError(undefined);
  };

  const submit = async (v: Values) => {
    setError(undefined);
    if (!file) {
      setFileError(t('documents.upload.fileRequired'));
      return;
    }
    const body = new FormData();
    body.append('formCode', draft.formCode);
    body.append('documentDate', v.documentDate.format('YYYY-MM-DD'));
    body.append('author', v.author.trim());
    body.append('signedCopyOf', draft.attachmentId);
    body.append('file', file, file.name);
    setBusy(true);
    try {
      await uploadMultipart<Schemas['DossierUploadResponse']>(apiUrl(`/cases/${caseId}/dossier`), body);
      void message.success(t('documents.signed.done', { name: draft.fileName }));
      await queryClient.invalidateQueries({ queryKey: dossierKey(caseId) });
      close();
    } catch (e) {
      if (e instanceof ApiError && ['ATTACHMENT_TYPE_NOT_ACCEPTED', 'ATTACHMENT_CONTENT_MISMATCH', 'ATTACHMENT_TOO_LARGE', 'PAYLOAD_TOO_LARGE'].includes(e.code)) setFileError(e.message);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: fileError ? 'error' : 'done' }] : [];

  return (
    <>
      <Button size="small" icon={<UploadOutlined />} onClick={() => setOpen(true)} aria-label={t('documents.signed.buttonAria', { name: draft.fileName })}>
        {t('documents.signed.button')}
      </Button>
      <Modal
        open={open}
        title={t('documents.signed.title', { name: draft.fileName })}
        okText={t('documents.signed.submit')}
        cancelText={t('common:cancel')}
        onOk={() => form.submit()}
        onCancel={close}
        okButtonProps={{ loading: busy }}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ documentDate: dayjs(todayInVietnam()), author: draft.author }}
          onFinish={(v) => void submit(v)}
          onFinishFailed={() => !file && setFileError(t('documents.upload.fileRequired'))}
          disabled={busy}
        >
          <Form.Item label={t('documents.signed.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? t('documents.signed.fileHint')}>
            <Upload
              multiple={false}
              maxCount={1}
              accept=".pdf,.png,.jpg,.jpeg"
              fileList={fileList}
              beforeUpload={(f) => {
                const refusal = refusalOf(f, t);
                setFileError(refusal);
                if (!refusal) setFile(f);
                return refusal ? Upload.LIST_IGNORE : false;
              }}
              onRemove={() => {
                setFile(undefined);
                setFileError(undefined);
              }}
            >
              <Button icon={<UploadOutlined />}>{t('documents.signed.choose')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="documentDate" label={t('documents.upload.documentDate')} rules={[{ required: true, message: t('documents.upload.documentDateRequired') }]}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="author" label={t('documents.upload.author')} rules={[{ required: true, whitespace: true, message: t('documents.upload.authorRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
        <ApiErrorAlert error={error} />
      </Modal>
    </>
  );
}
