// Taking a step: POST /cases/{id}/events with the version the user is looking at (If-Match), an Idempotency-Key
// kept until the step succeeds (a retry after a lost answer cannot record it twice), or dryRun=true to preview.
import { api, unwrap, type Schemas } from '../../api/client';

export type StepPreview = Schemas['StepPreviewResponse'];
export type StepResult = Schemas['CommandResultResponse'];

export interface StepRequest {
  caseId: string;
  version: number;
  type: string;
  payload: Record<string, unknown>;
  separationBypassReason?: string;
}

function body(req: StepRequest): Schemas['SendEventDto'] {
  return {
    type: req.type,
    payload: req.payload,
    ...(req.separationBypassReason ? { separationBypassReason: req.separationBypassReason } : {}),
  };
}

export async function previewStep(req: StepRequest): Promise<StepPreview> {
  const data = await unwrap(
    api.POST('/cases/{id}/events', {
      params: { path: { id: req.caseId }, query: { dryRun: 'true' }, header: { 'If-Match': String(req.version) } },
      body: body(req),
    }),
  );
  return data as StepPreview;
}

export async function sendStep(req: StepRequest, idempotencyKey: string): Promise<StepResult> {
  const data = await unwrap(
    api.POST('/cases/{id}/events', {
      params: { path: { id: req.caseId }, header: { 'If-Match': String(req.version), 'Idempotency-Key': idempotencyKey } },
      body: body(req),
    }),
  );
  return data as StepResult;
}

/** A fresh key per step attempt, reused for retries until the step succeeds. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
