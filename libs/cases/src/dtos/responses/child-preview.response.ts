import { ApiProperty } from '@nestjs/swagger';

/** Vụ việc con bước sẽ mở, sau khi quy trình của nó đã nhận dữ liệu (documentation only: step-preview.ts builds it). */
export class ChildPreviewResponse {
  @ApiProperty({ type: String })
  procedureId!: string;

  @ApiProperty({ type: String })
  procedureTitle!: string;

  @ApiProperty({ type: String })
  link!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;
}
