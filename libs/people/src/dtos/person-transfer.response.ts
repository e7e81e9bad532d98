import { ApiProperty } from '@nestjs/swagger';

/** Một lần chuyển sinh hoạt Đảng sang tổ chức khác do thay đổi tổ chức (documentation only: the service builds the answer). */
export class PersonTransferResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  fromUnitId!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  toUnitId!: string;

  @ApiProperty({ type: String, format: 'date' })
  onDate!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Thay đổi tổ chức (hợp nhất, chia tách, giải thể…) đã chuyển' })
  changeId!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  recordedAt!: string;
}
