import { ApiProperty } from '@nestjs/swagger';
import { PARTICIPANT_RELATIONS, type ParticipantRelation } from '../../entities/case-participant.entity';

/** Một người/tổ chức được ghi nhận trên vụ việc (documentation only: case-participant.service.ts builds it). */
export class ParticipantResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PARTICIPANT_RELATIONS })
  relation!: ParticipantRelation;

  @ApiProperty({ type: String })
  relationLabel!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  userName!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Với SUBJECT_ORGANISATION' })
  unitId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  unitName!: string | null;

  @ApiProperty({ type: String })
  reason!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  addedBy!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  addedAt!: string;
}
