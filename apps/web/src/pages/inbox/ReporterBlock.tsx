// The identity of whoever gave the information, entered in a block that looks protected because it is: sealed at
// rest, masked in every answer, seen only by the custodian with a logged reason. Kept in memory only (never stored in
// the browser), with the browser's autofill off.
import { DeleteOutlined, LockOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

export interface ReporterValue {
  name: string;
  contact: string;
  address: string;
  signature?: { base64: string; type: 'image/png' | 'image/jpeg' | 'image/webp'; fileName: string };
}

export const EMPTY_REPORTER: ReporterValue = { name: '', contact: '', address: '' };

const SIGNATURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** The API takes at most 200,000 base64 characters: 150,000 bytes of image. */
const SIGNATURE_MAX_BYTES = 150_000;

/** The reporter as the API takes it, or undefined when nothing was entered. */
export function toReporterDto(v: ReporterValue): Schemas['ReporterDto'] | undefined {
  const dto: Schemas['ReporterDto'] = {};
  if (v.name.trim()) dto.name = v.name.trim();
  if (v.contact.trim()) dto.contact = v.contact.trim();
  if (v.address.trim()) dto.address = v.address.trim();
  if (v.signature) {
    dto.signatureImage = v.signature.base64;
    dto.signatureType = v.signature.type;
  }
  return Object.keys(dto).length > 0 ? dto : undefined;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function ReporterBlock(props: {
  value: ReporterValue;
  /** Receives an update of the current value (a file is read after the person may have typed on). */
  onChange(update: (current: ReporterValue) => ReporterValue): void;
  errors: Record<string, string>;
  disabled?: boolean;
}) {
  const { t } = useTranslation('inbox');
  const [fileError, setFileError] = useState<string>();
  const { value, errors } = props;
  const set = (patch: Partial<ReporterValue>) => props.onChange((current) => ({ ...current, ...patch }));
  const item = (key: 'name' | 'contact' | 'address') => ({
    label: t(`reporter.${key}`),
    htmlFor: `reporter-${key}`,
    validateStatus: errors[key] ? ('error' as const) : undefined,
    help: errors[key],
  });

  return (
    <section
      aria-labelledby="reporter-title"
      style={{ border: '2px solid #d4b106', borderRadius: 8, background: '#fffdf0', padding: 16, marginBottom: 16 }}
    >
      <Typography.Title level={2} id="reporter-title" style={{ fontSize: 17, marginTop: 0 }}>
        <LockOutlined aria-hidden style={{ color: '#ad8b00', marginRight: 8 }} />
        {t('reporter.title')}
      </Typography.Title>
      <Alert type="warning" showIcon icon={<LockOutlined />} title={t('reporter.note')} description={t('reporter.optional')} style={{ marginBottom: 12 }} />
      <Form layout="vertical" component="div" disabled={props.disabled}>
        <Form.Item {...item('name')}>
          <Input id="reporter-name" autoComplete="off" maxLength={300} value={value.name} onChange={(e) => set({ name: e.target.value })} />
        </Form.Item>
        <Form.Item {...item('contact')}>
          <Input id="reporter-contact" autoComplete="off" maxLength={300} value={value.contact} onChange={(e) => set({ contact: e.target.value })} />
        </Form.Item>
        <Form.Item {...item('address')}>
          <Input id="reporter-address" autoComplete="off" maxLength={500} value={value.address} onChange={(e) => set({ address: e.target.value })} />
        </Form.Item>
        <Form.Item
          label={t('reporter.signature')}
          validateStatus={fileError || errors.signatureImage || errors.signatureType ? 'error' : undefined}
          help={fileError ?? errors.signatureImage ?? errors.signatureType}
          extra={t('reporter.signatureHint')}
        >
          {value.signature ? (
            <Space>
              <Typography.Text>{value.signature.fileName}</Typography.Text>
              <Button size="small" icon={<DeleteOutlined />} onClick={() => set({ signature: undefined })} aria-label={t('reporter.removeSignature')} />
            </Space>
          ) : (
            <Upload
              accept={SIGNATURE_TYPES.join(',')}
              showUploadList={false}
              beforeUpload={(file) => {
                setFileError(undefined);
                if (!(SIGNATURE_TYPES as readonly string[]).includes(file.type)) setFileError(t('reporter.signatureType'));
                else if (file.size > SIGNATURE_MAX_BYTES) setFileError(t('reporter.signatureTooBig'));
                else
                  void readBase64(file).then((base64) =>
                    set({ signature: { base64, type: file.type as (typeof SIGNATURE_TYPES)[number], fileName: file.name } }),
                  );
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('reporter.chooseSignature')}</Button>
            </Upload>
          )}
        </Form.Item>
      </Form>
    </section>
  );
}
