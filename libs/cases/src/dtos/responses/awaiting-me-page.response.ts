import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { AwaitingMeItemResponse } from './awaiting-me-item.response';

/** Một trang các vụ việc có bước chờ người dùng quyết định (documentation only: case-inbox.service.ts builds it). */
export class AwaitingMePageResponse extends PageResponseOf(() => AwaitingMeItemResponse) {
  @ApiProperty({
    description: 'true: total là số chính xác; false: có nhiều hơn total vụ việc (total là mức tối đa được đếm, 10.000)',
  })
  totalExact!: boolean;
}
