import { PageResponseOf } from '@hoso/core/http/page.response';
import { CaseSummaryResponse } from './case-summary.response';

/** Một trang vụ việc trong phạm vi người dùng (documentation only: the service builds the answer). */
export class CasePageResponse extends PageResponseOf(() => CaseSummaryResponse) {}
