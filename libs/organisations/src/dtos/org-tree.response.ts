import { ApiProperty } from '@nestjs/swagger';
import { LEVELS } from '@hoso/workflows';

/** Một tổ chức trên cây tổ chức vào một ngày (documentation only: the service builds the answer). */
export class OrgTreeUnitResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Tên vào ngày xem' }) name!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Tổ chức cấp trên vào ngày xem' }) parentId!: string | null;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Ngày kết thúc hoạt động (không còn hoạt động từ ngày này)' }) validTo!: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'ENDED'], description: 'Tình trạng hôm nay' }) status!: 'ACTIVE' | 'ENDED';
}

/** Cây tổ chức trong phạm vi của người dùng vào một ngày (documentation only). */
export class OrgTreeResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: () => OrgTreeUnitResponse, isArray: true }) units!: OrgTreeUnitResponse[];
}
