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
}
