import { ApiProperty } from '@nestjs/swagger';

/** Một vụ việc liên kết (cha hoặc con) mà người dùng được xem (documentation only: the service builds the answer). */
export class LinkedCaseResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String })
  procedureId!: string;

  @ApiProperty({ type: String, description: 'Quan hệ giữa hai vụ việc' })
  link!: string;

  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: 'integer', description: 'Bước của vụ việc cha đã mở vụ việc con' })
  parentSeq!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}
