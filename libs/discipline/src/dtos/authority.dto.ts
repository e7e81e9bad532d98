import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { BODY_KINDS, DISCIPLINE_FORMS, DISCIPLINE_SUBJECTS, LEVELS, type BodyKind, type DisciplineForm, type DisciplineSubject, type Level } from '@hoso/workflows';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

export class AuthorityOverrideDto {
  @ApiProperty({ enum: BODY_KINDS }) @IsIn(BODY_KINDS) bodyKind!: BodyKind;
  @ApiPropertyOptional({ enum: LEVELS, description: 'Cấp của cơ quan quyết định; bỏ trống = mọi cấp' }) @IsOptional() @IsIn(LEVELS) bodyLevel?: Level;
  @ApiProperty({ enum: DISCIPLINE_SUBJECTS }) @IsIn(DISCIPLINE_SUBJECTS) subjectKind!: DisciplineSubject;
  @ApiProperty({ enum: DISCIPLINE_FORMS }) @IsIn(DISCIPLINE_FORMS) form!: DisciplineForm;
  @ApiProperty() @IsBoolean() allowed!: boolean;
  @ApiPropertyOptional({ description: 'Không áp dụng khi vi phạm thuộc nhiệm vụ do cấp trên giao' }) @IsOptional() @IsBoolean() notForUpperAssignedTask?: boolean;
  @ApiProperty({ description: 'Đơn vị (cấp ủy) áp dụng cho toàn bộ đơn vị trực thuộc' }) @IsUUID() orgUnitId!: string;
  @ApiProperty({ description: 'Căn cứ, lý do (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @IsCalendarDate() effectiveFrom?: string;
}
