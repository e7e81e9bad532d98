import { ApiProperty } from '@nestjs/swagger';

/** Vụ việc con mà bước vừa mở, trong cùng giao dịch (documentation only: the service builds the answer). */
export class OpenedChildResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String })
  procedureId!: string;

  @ApiProperty({ type: String, description: 'Quan hệ giữa vụ việc cha và vụ việc con' })
  link!: string;
}
