import { PageResponseOf } from '@hoso/core/http/page.response';
import { OrgUnitResponse } from './org-unit.response';

/** Một trang đơn vị (documentation only: the service builds the answer). */
export class OrgUnitPageResponse extends PageResponseOf(() => OrgUnitResponse) {}
