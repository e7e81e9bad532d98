import { PageResponseOf } from '@hoso/core/http/page.response';
import { PersonSummaryResponse } from './person-summary.response';

/** Một trang hồ sơ cá nhân (documentation only: the service builds the answer). */
export class PersonPageResponse extends PageResponseOf(() => PersonSummaryResponse) {}
