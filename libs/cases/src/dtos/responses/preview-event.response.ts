import { ApiProperty } from '@nestjs/swagger';

/** Bước được thử và số thứ tự nó sẽ có (documentation only: step-preview.ts builds it). */
export class PreviewEventResponse {
  @ApiProperty({ type: String })
  type!: string;

  @ApiProperty({ type: String })
  label!: string;

  @ApiProperty({ type: 'integer' })
  seq!: number;
}
