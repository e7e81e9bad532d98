import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PARTICIPANT_RELATIONS, type ParticipantRelation } from '../entities/case-participant.entity';

export class AddParticipantDto {
  @ApiProperty({
    enum: PARTICIPANT_RELATIONS,
    description:
      'SUBJECT: người bị phản ánh; SUBJECT_ORGANISATION: tổ chức bị phản ánh (người đứng đầu bị loại khỏi vụ việc); ' +
      'CONFLICT: xung đột lợi ích (bỏ trống userId để tự khai); PARTICIPANT: người được xem vụ việc dù ngoài phạm vi',
  })
  @IsIn(PARTICIPANT_RELATIONS)
  relation!: ParticipantRelation;
  @ApiPropertyOptional() @ValidateIf((o: AddParticipantDto) => o.relation !== 'SUBJECT_ORGANISATION' && o.relation !== 'CONFLICT' || o.userId !== undefined) @IsUUID() userId?: string;
  @ApiPropertyOptional() @ValidateIf((o: AddParticipantDto) => o.relation === 'SUBJECT_ORGANISATION') @IsUUID() unitId?: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(1000) reason!: string;
}

export class ParticipantListQuery {
  @ApiPropertyOptional() @IsOptional() @IsIn(PARTICIPANT_RELATIONS) relation?: ParticipantRelation;
}
