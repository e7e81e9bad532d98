import { ApiProperty } from '@nestjs/swagger';

/** Một vụ việc liên quan mà người dùng được xem (documentation only: the service builds the answer). */
export class PersonCaseResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  procedureId!: string;

  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}
