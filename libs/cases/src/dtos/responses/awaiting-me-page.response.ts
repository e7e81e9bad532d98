import { PageResponseOf } from '@hoso/core/http/page.response';
import { AwaitingMeItemResponse } from './awaiting-me-item.response';

/** Một trang các vụ việc có bước chờ người dùng quyết định (documentation only: case-inbox.service.ts builds it). */
export class AwaitingMePageResponse extends PageResponseOf(() => AwaitingMeItemResponse) {}
