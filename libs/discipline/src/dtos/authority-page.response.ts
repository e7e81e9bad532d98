import { PageResponseOf } from '@hoso/core/http/page.response';
import { AuthorityRowResponse } from './authority-row.response';

/** Một trang bảng thẩm quyền (documentation only: the service builds the answer). */
export class AuthorityPageResponse extends PageResponseOf(() => AuthorityRowResponse) {}
