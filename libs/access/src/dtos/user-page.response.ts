import { PageResponseOf } from '@hoso/core/http/page.response';
import { UserSummaryResponse } from './user-summary.response';

/** Một trang người dùng (documentation only: the service builds the answer). */
export class UserPageResponse extends PageResponseOf(() => UserSummaryResponse) {}
