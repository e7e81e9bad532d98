import { ApiProperty } from '@nestjs/swagger';

/** Bước vừa được ghi vào dòng thời gian (documentation only: the service builds the answer). */
export class RecordedEventResponse {
  @ApiProperty({ type: 'integer', description: 'Số thứ tự trên dòng thời gian (1 là đăng ký)' })
  seq!: number;

  @ApiProperty({ type: String, example: 'CREATE' })
  type!: string;
}
