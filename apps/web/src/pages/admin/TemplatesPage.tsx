// Document templates for the administrators and the committee office: each template with the version in force
// today, a drawer with every version (dates, unit override and why, basis, who and when, the .docx to download)
// and a form to add a version. The server checks the .docx and every {tag}; its refusal is shown under the file.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Collapse, DatePicker, Drawer, Form, Input, Table, TreeSelect, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap, type Schemas } from '../../api/client';
import { download, uploadMultipart } from '../../api/files';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageState } from '../../components/PageState';
import { ToneTag } from '../../components/timeline/ToneTag';
import { formatDate, formatDateTime } from '../../lib/format';
import { useProcedureSummaries } from '../case/panels/queries';
import { ReadableColours } from './ReadableColours';
import { placeServerError } from './serverErrors';
import { filterUnitOption, useAllUnits, useAllUsers, useUnitOptions } from './units';

type TemplateItem = Schemas['TemplateListItemResponse'];
type TemplateVersion = Schemas['TemplateVersionResponse'];

const templatesKey = ['document-templates'] as const;
const fileUrl = (key: string, version: number) => `${window.location.origin}/document-templates/${key}/versions/${version}/file`;

export default function TemplatesPage() {
  const { t } = useTranslation('admin');
  const [picked, setPicked] = useState<string>();
  const list = useQuery({ queryKey: [...templatesKey, 'list'], queryFn: () => unwrap(api.GET('/document-templates')) });
  const procedures = useProcedureSummaries();
  const procedureTitle = (id: string) => procedures.data?.[id]?.title ?? id;

  return (
    <ReadableColours>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('templates.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('templates.intro')}</Typography.Paragraph>
      <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        <Table<TemplateItem>
          rowKey="key"
          size="middle"
          pagination={false}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'title',
              title: t('templates.template'),
              render: (_, i) => (
                <>
                  <div style={{ fontWeight: 500 }}>{i.title}</div>
                  <Typography.Text code style={{ fontSize: 12 }}>{i.key}</Typography.Text>
                </>
              ),
            },
            { key: 'procedure', title: t('templates.procedure'), width: 220, render: (_, i) => procedureTitle(i.procedureId) },
            { key: 'form', title: t('templates.formCode'), width: 130, render: (_, i) => i.formCode },
            {
              key: 'version',
              title: t('templates.current'),
              width: 240,
              render: (_, i) =>
                i.version === null ? (
                  <ToneTag tone="grey">{t('templates.noVersion')}</ToneTag>
                ) : (
                  <>
                    <ToneTag tone="blue">{t('templates.versionN', { version: i.version })}</ToneTag>
                    {i.effectiveFrom && <span style={{ fontSize: 13 }}>{t('templates.since', { date: formatDate(i.effectiveFrom) })}</span>}
                    <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.why}</Typography.Text></div>
                  </>
                ),
            },
            {
              key: 'actions',
              title: t('common:actions'),
              width: 150,
              render: (_, i) => (
                <Button size="small" onClick={() => setPicked(i.key)} aria-label={t('templates.openAria', { title: i.title })}>
                  {t('templates.open')}
                </Button>
              ),
            },
          ]}
        />
      </PageState>
      <TemplateDrawer templateKey={picked} onClose={() => setPicked(undefined)} />
    </ReadableColours>
  );
}

function TemplateDrawer({ templateKey, onClose }: { templateKey: string | undefined; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { hasRole } = useAuth();
  const q = useQuery({
    queryKey: [...templatesKey, 'versions', templateKey],
    enabled: templateKey !== undefined,
    queryFn: () => unwrap(api.GET('/document-templates/{key}/versions', { params: { path: { key: templateKey! } } })),
  });
  // Names of who uploaded: the user list is the administrators'; others see the short id.
  const users = useAllUsers(templateKey !== undefined && hasRole('ADMIN'));
  const nameOf = (id: string | null) => {
    if (id === null) return t('templates.system');
    return users.data?.find((u) => u.id === id)?.displayName ?? id.slice(0, 8);
  };
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<number>();
  const get = async (v: TemplateVersion) => {
    setError(undefined);
    setBusy(v.version);
    try {
      await download(fileUrl(v.key, v.version), `${v.key}-v${v.version}.docx`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Drawer open={templateKey !== undefined} onClose={onClose} size={900} title={q.data?.title ?? t('templates.versions')} destroyOnHidden>
      <PageState loading={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
        {q.data && (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <ApiErrorAlert error={error} />
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('templates.versions')}</Typography.Title>
            <Table<TemplateVersion>
              rowKey="version"
              size="small"
              pagination={false}
              dataSource={q.data.versions}
              scroll={{ x: 820 }}
              columns={[
                { key: 'v', title: t('templates.version'), width: 80, render: (_, v) => <ToneTag tone="blue">{v.version}</ToneTag> },
                {
                  key: 'dates',
                  title: t('templates.effective'),
                  width: 170,
                  render: (_, v) => (v.effectiveTo ? t('templates.fromTo', { from: formatDate(v.effectiveFrom), to: formatDate(v.effectiveTo) }) : t('templates.from', { date: formatDate(v.effectiveFrom) })),
                },
                {
                  key: 'unit',
                  title: t('templates.scope'),
                  width: 220,
                  render: (_, v) => (
                    <>
                      {v.unitId ? <ToneTag tone="purple">{t('templates.unitOverride', { unit: v.unitName ?? v.unitId })}</ToneTag> : <ToneTag tone="grey">{t('templates.general')}</ToneTag>}
                      {v.reason && <div style={{ fontSize: 13 }}>{t('templates.reasonIs', { reason: v.reason })}</div>}
                    </>
                  ),
                },
                { key: 'basis', title: t('templates.basis'), width: 220, render: (_, v) => <span style={{ fontSize: 13 }}>{v.basis}</span> },
                {
                  key: 'who',
                  title: t('templates.who'),
                  width: 170,
                  render: (_, v) => (
                    <>
                      <div>{nameOf(v.createdBy)}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(v.createdAt)}</Typography.Text>
                    </>
                  ),
                },
                {
                  key: 'file',
                  title: t('common:actions'),
                  width: 120,
                  render: (_, v) => (
                    <Button size="small" icon={<DownloadOutlined />} loading={busy === v.version} onClick={() => void get(v)} aria-label={t('templates.downloadAria', { version: v.version })}>
                      {t('templates.download')}
                    </Button>
                  ),
                },
              ]}
            />
            {q.data.fields.length > 0 && (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'fields',
                    label: t('templates.fields', { count: q.data.fields.length }),
                    children: (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {q.data.fields.map((f) => (
                          <li key={f.name}>
                            <Typography.Text code>{`{${f.name}}`}</Typography.Text> {f.description}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            )}
            <NewVersionForm templateKey={q.data.key} />
          </div>
        )}
      </PageState>
    </Drawer>
  );
}

interface Values {
  effectiveFrom: Dayjs;
  unitId?: string;
  reason: string;
}

function NewVersionForm({ templateKey }: { templateKey: string }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const units = useAllUnits();
  const unitOptions = useUnitOptions(units.data ?? [], t('organisation.endedOption'));
  const [file, setFile] = useState<File>();
  const [fileErrors, setFileErrors] = useState<string[]>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setError(undefined);
    if (!file) {
      setFileErrors([t('templates.form.fileRequired')]);
      return;
    }
    const body = new FormData();
    body.append('effectiveFrom', v.effectiveFrom.format('YYYY-MM-DD'));
    if (v.unitId) body.append('unitId', v.unitId);
    body.append('reason', v.reason.trim());
    body.append('file', file, file.name);
    setBusy(true);
    try {
      const res = await uploadMultipart<TemplateVersion>(`${window.location.origin}/document-templates/${templateKey}/versions`, body);
      void message.success(t('templates.form.done', { version: res.version, date: formatDate(res.effectiveFrom) }));
      form.resetFields();
      setFile(undefined);
      setFileErrors(undefined);
      await queryClient.invalidateQueries({ queryKey: templatesKey });
    } catch (e) {
      if (e instanceof ApiError && ['TEMPLATE_INVALID', 'DOCX_INVALID', 'ATTACHMENT_TOO_LARGE', 'PAYLOAD_TOO_LARGE'].includes(e.code)) {
        // TEMPLATE_INVALID names each broken or unknown tag in details.errors; the message joins them too.
        setFileErrors([e.message]);
      } else {
        setError(placeServerError(form, e, { fields: ['effectiveFrom', 'unitId', 'reason'], byCode: { UNIT_NOT_FOUND: 'unitId' } }));
      }
    } finally {
      setBusy(false);
    }
  };

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: fileErrors ? 'error' : 'done' }] : [];

  return (
    <section aria-labelledby="template-upload-title" style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 16 }}>
      <Typography.Title level={2} id="template-upload-title" style={{ fontSize: 16, marginTop: 0 }}>{t('templates.form.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('templates.form.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} onFinishFailed={() => !file && setFileErrors([t('templates.form.fileRequired')])} disabled={busy}>
        <Form.Item label={t('templates.form.file')} required validateStatus={fileErrors ? 'error' : undefined} help={fileErrors ? <div role="alert">{fileErrors.join(' ')}</div> : undefined}>
          <Upload
            multiple={false}
            maxCount={1}
            accept=".docx"
            fileList={fileList}
            beforeUpload={(f) => {
              const ok = f.name.toLowerCase().endsWith('.docx');
              setFileErrors(ok ? undefined : [t('templates.form.notDocx', { name: f.name })]);
              if (ok) setFile(f);
              return ok ? false : Upload.LIST_IGNORE;
            }}
            onRemove={() => {
              setFile(undefined);
              setFileErrors(undefined);
            }}
          >
            <Button icon={<UploadOutlined />}>{t('templates.form.choose')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('templates.form.effectiveFrom')} rules={[{ required: true, message: t('templates.form.effectiveFromRequired') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="unitId" label={t('templates.form.unit')} extra={t('templates.form.unitHint')}>
          <TreeSelect allowClear showSearch treeData={unitOptions} filterTreeNode={filterUnitOption} treeDefaultExpandAll placeholder={t('templates.general')} />
        </Form.Item>
        <Form.Item name="reason" label={t('templates.form.reason')} rules={[{ required: true, whitespace: true, message: t('templates.form.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <ApiErrorAlert error={error} />
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 8 }}>
          {t('templates.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
