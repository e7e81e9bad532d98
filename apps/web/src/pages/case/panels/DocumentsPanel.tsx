// The case's dossier: the documents filed (form code, kind, date, author, size, SHA-256), downloads under their
// Vietnamese names, which documents each step needs, and a drag-and-drop upload for those who may file. Drafts
// generated from a template are marked with their template version; their signed copy is filed beside them.
import { Button, Collapse, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleTwoTone, DownloadOutlined, FileAddOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { download } from '../../../api/files';
import { useAuth } from '../../../app/auth';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageState } from '../../../components/PageState';
import { formatDate, formatDateTime } from '../../../lib/format';
import { apiUrl, useDossier } from './queries';
import { UploadForm, formatBytes } from './UploadForm';
import { ToneTag } from '../../../components/timeline/ToneTag';
import { GenerateDocumentModal } from './GenerateDocumentModal';
import { SignedCopyUpload } from './SignedCopyUpload';

type Dossier = Schemas['DossierResponse'];
type DossierItem = Schemas['DossierItemResponse'];

/** Roles the server lets file a document (DossierService FILERS); others only read. */
const FILERS = ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'SECRETARY', 'STANDING_COMMITTEE_MEMBER', 'INSPECTION_COMMISSION_MEMBER'] as const;

export default function DocumentsPanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { hasRole } = useAuth();
  const { t } = useTranslation('casePanels');
  const q = useDossier(caseView.id);
  const [generating, setGenerating] = useState(false);
  const mayFile = hasRole(...FILERS);
  return (
    <PageState loading={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
      {q.data && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
          {/* Any user who sees the case may draft from a template (the server checks visibility only). */}
          <div>
            <Button icon={<FileAddOutlined />} onClick={() => setGenerating(true)}>
              {t('documents.generate.button')}
            </Button>
            <GenerateDocumentModal caseView={caseView} open={generating} onClose={() => setGenerating(false)} />
          </div>
          <DocumentTable caseId={caseView.id} items={q.data.items} mayFile={mayFile} />
          {q.data.kinds.length > 0 && <KindsChecklist dossier={q.data} />}
          {mayFile && <UploadForm caseId={caseView.id} dossier={q.data} />}
        </div>
      )}
    </PageState>
  );
}

function DocumentTable({ caseId, items, mayFile }: { caseId: string; items: DossierItem[]; mayFile: boolean }) {
  const { t } = useTranslation('casePanels');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  const get = async (item: DossierItem) => {
    setError(undefined);
    setBusy(item.attachmentId);
    try {
      await download(apiUrl(`/cases/${caseId}/dossier/${item.attachmentId}`), item.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  if (items.length === 0) return <Empty description={t('documents.empty')} />;
  const byId = new Map(items.map((i) => [i.attachmentId, i]));
  const signed = new Set(items.map((i) => i.signedCopyOf).filter((id): id is string => !!id));
  return (
    <>
      <ApiErrorAlert error={error} />
      <Table<DossierItem>
        size="middle"
        rowKey="attachmentId"
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 1040 }}
        columns={[
          {
            key: 'form',
            title: t('documents.form'),
            width: 240,
            render: (_, d) => (
              <>
                <Tag>{d.formCode}</Tag>
                <div style={{ fontSize: 13 }}>{d.formName}</div>
              </>
            ),
          },
          {
            key: 'file',
            title: t('documents.file'),
            width: 220,
            render: (_, d) => (
              <Space orientation="vertical" size={2}>
                <span style={{ overflowWrap: 'anywhere' }}>{d.fileName}</span>
                <Space size={4} wrap>
                  {!!d.templateKey && (
                    <ToneTag tone="gold">{t('documents.generatedDraft', { version: d.templateVersion ?? '?' })}</ToneTag>
                  )}
                  {!!d.templateKey && signed.has(d.attachmentId) && <ToneTag tone="green">{t('documents.hasSignedCopy')}</ToneTag>}
                  {!!d.signedCopyOf && (
                    <ToneTag tone="green">{t('documents.signedCopyOf', { name: byId.get(d.signedCopyOf)?.fileName ?? d.signedCopyOf.slice(0, 8) })}</ToneTag>
                  )}
                  {d.stampedAcrossPages && <ToneTag tone="blue">{t('documents.stamped')}</ToneTag>}
                  {d.purgedAt && <ToneTag tone="grey">{t('documents.purged')}</ToneTag>}
                  {d.aboutPerson && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('documents.about', { person: d.aboutPerson })}</Typography.Text>}
                </Space>
              </Space>
            ),
          },
          {
            key: 'date',
            title: t('documents.documentDate'),
            width: 130,
            render: (_, d) => (
              <>
                <div>{formatDate(d.documentDate)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('documents.uploadedAt')}: {formatDateTime(d.uploadedAt)}</Typography.Text>
              </>
            ),
          },
          { key: 'author', title: t('documents.author'), width: 170, render: (_, d) => d.author },
          { key: 'size', title: t('documents.size'), width: 90, align: 'right', render: (_, d) => formatBytes(d.sizeBytes) },
          {
            key: 'sha',
            title: t('documents.sha'),
            width: 140,
            render: (_, d) => (
              <Tooltip title={d.sha256}>
                <Typography.Text code copyable={{ text: d.sha256, tooltips: [t('documents.shaCopy'), t('common.saved')] }}>
                  {d.sha256.slice(0, 8)}…
                </Typography.Text>
              </Tooltip>
            ),
          },
          {
            key: 'download',
            title: t('common:actions'),
            width: 150,
            render: (_, d) => (
              <Space orientation="vertical" size={4}>
              <Button
                size="small"
                icon={<DownloadOutlined />}
                disabled={d.purgedAt !== null}
                loading={busy === d.attachmentId}
                onClick={() => void get(d)}
                aria-label={t('documents.downloadAria', { name: d.fileName })}
              >
                {t('documents.download')}
              </Button>
              {mayFile && !!d.templateKey && d.purgedAt === null && <SignedCopyUpload caseId={caseId} draft={d} />}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

function KindsChecklist({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation('casePanels');
  const present = new Set(dossier.items.map((i) => i.formCode));
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'kinds',
          label: t('documents.kindsTitle'),
          children: (
            <>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('documents.kindsHint')}</Typography.Paragraph>
              <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 8 }}>
                {dossier.kinds.map((k) => (
                  <li key={k.code}>
                    <Space size={6} wrap>
                      {present.has(k.code) ? (
                        <Tooltip title={t('documents.present')}>
                          <CheckCircleTwoTone twoToneColor="#52c41a" role="img" aria-label={t('documents.present')} />
                        </Tooltip>
                      ) : (
                        <Tooltip title={t('documents.missing')}>
                          <MinusCircleOutlined style={{ color: '#bfbfbf' }} role="img" aria-label={t('documents.missing')} />
                        </Tooltip>
                      )}
                      <Tag>{k.code}</Tag>
                      <span>{k.label}</span>
                    </Space>
                    <div style={{ paddingInlineStart: 24, fontSize: 13 }}>
                      {k.steps.map((s) => (
                        <Space key={s.event} size={4} style={{ marginInlineEnd: 12 }}>
                          <ToneTag tone={s.level === 'REQUIRED' ? 'red' : 'grey'}>{s.level === 'REQUIRED' ? t('documents.required') : t('documents.expected')}</ToneTag>
                          <span>{s.eventLabel}</span>
                        </Space>
                      ))}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ),
        },
      ]}
    />
  );
}
