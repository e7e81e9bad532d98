// GET /inbox/awaiting-me: the cases with a step this user may take now (decide, approve…), nearest due date first.
import { api, unwrap, type Schemas } from '../../api/client';

export type AwaitingItem = Schemas['AwaitingMeItemResponse'];
export type AwaitingPage = Schemas['AwaitingMePageResponse'];

export interface AwaitingQuery {
  page: number;
  pageSize: number;
  procedureId?: string;
  unitId?: string;
}

export function fetchAwaiting(query: AwaitingQuery): Promise<AwaitingPage> {
  return unwrap(api.GET('/inbox/awaiting-me', { params: { query } }));
}
