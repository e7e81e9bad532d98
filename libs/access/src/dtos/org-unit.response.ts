import { ApiProperty } from '@nestjs/swagger';

/** Một đơn vị (documentation only: the service builds the answer). */
export class OrgUnitResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  code!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ enum: ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'] })
  level!: 'CENTRAL' | 'PROVINCIAL' | 'UPPER_GRASSROOTS' | 'GRASSROOTS' | 'SECTION' | 'CELL';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty({
    type: String, format: 'date', nullable: true, required: false,
    description: 'Ngày tổ chức kết thúc hoạt động (hợp nhất, sáp nhập, chia tách, giải thể): từ ngày này chỉ còn là lịch sử',
  })
  validTo?: string | null;
}
