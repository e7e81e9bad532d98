import { ApiProperty } from '@nestjs/swagger';

/** Vụ việc trước bước (documentation only: step-preview.ts builds it). */
export class PreviewFromResponse {
  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: String })
  stateLabel!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;
}
