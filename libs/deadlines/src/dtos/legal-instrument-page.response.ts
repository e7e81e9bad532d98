import { PageResponseOf } from '@hoso/core/http/page.response';
import { LegalInstrumentResponse } from './legal-instrument.response';

/** Một trang danh mục văn bản pháp lý (documentation only: the service builds the answer). */
export class LegalInstrumentPageResponse extends PageResponseOf(() => LegalInstrumentResponse) {}
