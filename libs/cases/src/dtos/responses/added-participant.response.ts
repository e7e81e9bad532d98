import { ApiProperty } from '@nestjs/swagger';
import { PARTICIPANT_RELATIONS, type ParticipantRelation } from '../../entities/case-participant.entity';

/** Bản ghi vừa thêm (documentation only: case-participant.service.ts builds it). */
export class AddedParticipantResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: PARTICIPANT_RELATIONS })
  relation!: ParticipantRelation;

  @ApiProperty({ type: String })
  relationLabel!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  unitId!: string | null;
}
