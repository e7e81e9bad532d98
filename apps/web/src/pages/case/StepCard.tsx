// One step the user may take now: its form (from the step's published JSON Schema), what may make the server refuse
// it, a preview of what it would do, and the send. The typed data is the parent's, so a reload keeps it.
import { Alert, Button, Col, Form, Input, Row, Typography } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import SchemaForm from '../../components/schema-form/SchemaForm';
import { newIdempotencyKey, previewStep, sendStep, type StepPreview, type StepResult } from './sendStep';
import { StepPreviewView } from './StepPreviewView';
import type { AvailableEvent } from './useCaseData';

const VotePreview = lazy(() => import('../../components/votes/VotePreview'));

export const SEPARATION_REASON_MIN = 10;
const EMPTY_SCHEMA = { type: 'object', properties: {} };

export interface StepCardProps {
  caseId: string;
  version: number;
  event: AvailableEvent;
  /** The step's payload JSON Schema (undefined while the procedure version loads). */
  schema: object | undefined;
  formData: unknown;
  onFormData: (data: unknown) => void;
  reason: string;
  onReason: (reason: string) => void;
  unitNames: Record<string, string>;
  /** Someone else changed the case since it was loaded: the page reloads it. */
  onConflict: (error: ApiError) => void;
  onDone: (result: StepResult) => void;
}

export function StepCard(props: StepCardProps) {
  const { t } = useTranslation('caseView');
  const { event } = props;
  const [busy, setBusy] = useState<'send' | 'preview' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<StepPreview | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  // A new form after each success (no leftover "checked" state from the previous attempt).
  const [generation, setGeneration] = useState(0);
  // One key per attempt to take this step, kept across retries until it succeeds.
  const idempotencyKey = useRef<string | null>(null);
  const formId = `step-form-${event.type}`;
  const needsReason = event.requiresSeparationReason === true;
  const refusals = event.mayBeRefusedWhen ?? [];

  const request = (payload: unknown) => ({
    caseId: props.caseId,
    version: props.version,
    type: event.type,
    payload: (payload ?? {}) as Record<string, unknown>,
    ...(needsReason ? { separationBypassReason: props.reason.trim() } : {}),
  });

  const checkReason = (): boolean => {
    if (!needsReason) return true;
    const reason = props.reason.trim();
    const problem = reason.length === 0 ? t('step.reasonRequired') : reason.length < SEPARATION_REASON_MIN ? t('step.reasonTooShort', { min: SEPARATION_REASON_MIN }) : null;
    setReasonError(problem);
    return problem === null;
  };

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
      setError(null);
      props.onConflict(e);
      return;
    }
    if (e instanceof ApiError && e.code === 'IDEMPOTENCY_KEY_REUSED') idempotencyKey.current = null;
    setError(e);
  };

  const submit = async (data: unknown) => {
    if (!checkReason()) return;
    setBusy('send');
    setError(null);
    setPreview(null);
    idempotencyKey.current ??= newIdempotencyKey();
    try {
      const result = await sendStep(request(data), idempotencyKey.current);
      idempotencyKey.current = null;
      setGeneration((g) => g + 1);
      props.onDone(result);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const runPreview = async () => {
    if (!checkReason()) return;
    setBusy('preview');
    setError(null);
    try {
      setPreview(await previewStep(request(props.formData)));
    } catch (e) {
      setPreview(null);
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const form = (
    <div>
      {event.note && refusals.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{event.note}</Typography.Paragraph>
      )}
      {refusals.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('step.mayBeRefused')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {refusals.map((g) => <li key={g.guard}>{g.message}</li>)}
            </ul>
          }
        />
      )}
      {needsReason && (
        <Form layout="vertical" component="div" style={{ marginBottom: 4 }}>
          <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('step.separationTitle')}
            description={refusals.length === 0 && event.note ? t('step.separationExplainShort') : t('step.separationExplain')} />
          <Form.Item
            label={t('step.reasonLabel')}
            required
            htmlFor={`${formId}-reason`}
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ?? t('step.reasonHelp')}
          >
            <Input.TextArea
              id={`${formId}-reason`}
              value={props.reason}
              onChange={(e) => {
                props.onReason(e.target.value);
                if (reasonError) setReasonError(null);
              }}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={1000}
              aria-required
            />
          </Form.Item>
        </Form>
      )}
      <SchemaForm
        key={generation}
        id={formId}
        schema={props.schema ?? EMPTY_SCHEMA}
        formData={props.formData}
        onChange={props.onFormData}
        onSubmit={(data) => void submit(data)}
        serverError={error ?? undefined}
        submitLabel={t('step.submit')}
        busy={busy === 'send'}
        disabled={props.schema === undefined || busy !== null}
      >
        <Button onClick={() => void runPreview()} loading={busy === 'preview'} disabled={props.schema === undefined || busy === 'send'}>
          {t('step.preview')}
        </Button>
      </SchemaForm>
      {preview && (
        <div style={{ marginTop: 12 }}>
          <StepPreviewView preview={preview} unitNames={props.unitNames} onClose={() => setPreview(null)} />
        </div>
      )}
    </div>
  );

  if (!event.ballot) return form;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>{form}</Col>
      <Col xs={24} xl={12}>
        <Suspense fallback={null}>
          <VotePreview caseId={props.caseId} eventType={event.type} payload={props.formData} />
        </Suspense>
      </Col>
    </Row>
  );
}
