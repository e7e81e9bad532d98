// The two server answers the vote view shows: the ballot roster and the vote preview (the voting rules' arithmetic,
// computed by the server for the form's live data; the browser never computes a threshold).
import { api, unwrap, type Schemas } from '../../api/client';

export type BallotRoster = Schemas['BallotRosterResponse'];
export type VotePreviewResult = Schemas['VotePreviewResponse'];
export type VotePreviewLine = Schemas['VotePreviewLineResponse'];

export function fetchRoster(caseId: string): Promise<BallotRoster> {
  return unwrap(api.GET('/cases/{id}/ballot-roster', { params: { path: { id: caseId } } }));
}

export function fetchVotePreview(caseId: string, type: string, payload: unknown): Promise<VotePreviewResult> {
  const body = { type, payload: (payload ?? {}) as Record<string, unknown> };
  return unwrap(api.POST('/cases/{id}/vote-preview', { params: { path: { id: caseId } }, body }));
}
