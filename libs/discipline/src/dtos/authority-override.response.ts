import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Điều chỉnh thẩm quyền vừa tạo (documentation only: the service builds the answer). */
export class AuthorityOverrideResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['CELL', 'CELL_COMMITTEE', 'PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION'] })
  bodyKind!: 'CELL' | 'CELL_COMMITTEE' | 'PARTY_COMMITTEE' | 'STANDING_COMMITTEE' | 'INSPECTION_COMMISSION';

  @ApiProperty({ enum: ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'], nullable: true })
  bodyLevel!: 'CENTRAL' | 'PROVINCIAL' | 'UPPER_GRASSROOTS' | 'GRASSROOTS' | 'SECTION' | 'CELL' | null;

  @ApiProperty({ enum: ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'] })
  subjectKind!: 'FULL_MEMBER' | 'PROBATIONARY_MEMBER' | 'ORGANISATION';

  @ApiProperty({ enum: ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'] })
  form!: 'KHIEN_TRACH' | 'CANH_CAO' | 'CACH_CHUC' | 'KHAI_TRU' | 'GIAI_TAN';

  @ApiProperty({ type: Boolean })
  allowed!: boolean;

  @ApiPropertyOptional({ type: Boolean })
  notForUpperAssignedTask?: boolean;

  @ApiProperty({ type: String, format: 'date' })
  effectiveFrom!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String })
  reason!: string;
}
