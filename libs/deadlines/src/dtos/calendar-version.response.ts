import { ApiProperty } from '@nestjs/swagger';

/** Phiên bản lịch vừa tạo (documentation only: the service builds the answer). */
export class CalendarVersionResponse {
  @ApiProperty({ type: 'integer' })
  version!: number;
}
