import { ApiProperty } from '@nestjs/swagger';

/** Vụ việc sau bước, nếu bước được thực hiện (documentation only: step-preview.ts builds it). */
export class PreviewNextResponse {
  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: String })
  stateLabel!: string;

  @ApiProperty({ enum: ['OPEN', 'CLOSED'] })
  status!: string;

  @ApiProperty({ type: String })
  reportCategory!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assignedUnitId!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;
}
