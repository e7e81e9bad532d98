import { ApiProperty } from '@nestjs/swagger';
import { ParticipantResponse } from './participant.response';

/** Người, tổ chức được ghi nhận trên vụ việc (documentation only: case-participant.service.ts builds it). */
export class ParticipantListResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: () => ParticipantResponse, isArray: true })
  items!: ParticipantResponse[];
}
