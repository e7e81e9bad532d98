import { PageResponseOf } from '@hoso/core/http/page.response';
import { LegalRuleResponse } from './legal-rule.response';

/** Một trang quy tắc thời hạn (documentation only: the service builds the answer). */
export class LegalRulePageResponse extends PageResponseOf(() => LegalRuleResponse) {}
