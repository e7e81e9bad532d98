import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import { LEVELS, ORG_CHANGE_KINDS, type Level, type OrgChangeKind } from '@hoso/workflows';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Một tổ chức được nêu trong quyết định: tổ chức hiện có (unitId) hoặc tổ chức mới do chính quyết định thành lập (newUnit). */
export class UnitRefDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Khóa của tổ chức mới trong newUnits' }) @IsOptional() @IsString() @MaxLength(64) newUnit?: string;
}

export class DecisionDto {
  @ApiProperty({ example: '123-QĐ/TU' }) @IsString() @MinLength(1) @MaxLength(100) number!: string;
  @ApiProperty({ format: 'date' }) @Matches(ISO_DATE) @IsISO8601({ strict: true }) date!: string;
  @ApiProperty({ example: 'Ban Thường vụ Thành ủy' }) @IsString() @MinLength(1) @MaxLength(300) body!: string;
}

export class NewUnitPlanDto {
  @ApiProperty({ description: 'Khóa để các phần khác của quyết định tham chiếu' }) @IsString() @MinLength(1) @MaxLength(64) key!: string;
  @ApiProperty({ example: 'DU-PHUONG-MOI' }) @IsString() @Matches(/^[A-Z0-9-]{2,64}$/) code!: string;
  @ApiProperty({ example: 'Đảng ủy phường Mới' }) @IsString() @MinLength(2) @MaxLength(300) name!: string;
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) level!: Level;
  @ApiProperty({ format: 'uuid', description: 'Tổ chức cấp trên (hiện có)' }) @IsUUID() parentId!: string;
}

export class CaseSuccessorDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() caseId!: string;
  @ApiProperty({ type: () => UnitRefDto }) @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
}

export class MemberSuccessorDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() personId!: string;
  @ApiProperty({ type: () => UnitRefDto }) @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
}

export class ChildSuccessorDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId!: string;
  @ApiProperty({ type: () => UnitRefDto }) @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
}

export class RoleDesignationDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId!: string;
  @ApiProperty({ type: () => UnitRefDto }) @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
  @ApiProperty() @IsString() @MaxLength(64) role!: string;
}

/** Phương án thay đổi tổ chức theo quyết định (thành lập, hợp nhất, chia tách, sáp nhập, điều chuyển, đổi tên, giải thể). */
export class OrgChangePlanDto {
  @ApiProperty({ enum: ORG_CHANGE_KINDS }) @IsIn(ORG_CHANGE_KINDS) kind!: OrgChangeKind;
  @ApiProperty({ format: 'date', description: 'Ngày có hiệu lực (giờ Việt Nam)' }) @Matches(ISO_DATE) @IsISO8601({ strict: true }) effectiveDate!: string;
  @ApiProperty({ type: () => DecisionDto }) @ValidateNested() @Type(() => DecisionDto) decision!: DecisionDto;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) units!: string[];
  @ApiProperty({ type: () => NewUnitPlanDto, isArray: true })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => NewUnitPlanDto) newUnits!: NewUnitPlanDto[];
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() intoUnitId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() newParentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2) @MaxLength(300) newName?: string;
  @ApiPropertyOptional({ type: () => UnitRefDto }) @IsOptional() @ValidateNested() @Type(() => UnitRefDto) recordsTo?: UnitRefDto;
  @ApiPropertyOptional({ type: () => CaseSuccessorDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20000) @ValidateNested({ each: true }) @Type(() => CaseSuccessorDto) caseSuccessors?: CaseSuccessorDto[];
  @ApiPropertyOptional({ type: () => MemberSuccessorDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20000) @ValidateNested({ each: true }) @Type(() => MemberSuccessorDto) memberSuccessors?: MemberSuccessorDto[];
  @ApiPropertyOptional({ type: () => ChildSuccessorDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ChildSuccessorDto) childSuccessors?: ChildSuccessorDto[];
  @ApiPropertyOptional({ type: () => RoleDesignationDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => RoleDesignationDto) roles?: RoleDesignationDto[];
}

/** Áp dụng trực tiếp một thay đổi tổ chức (sửa dữ liệu), có lý do; dryRun: chỉ kiểm tra và xem trước. */
export class ApplyOrgChangeDto {
  @ApiProperty({ format: 'uuid', description: 'Tổ chức ra quyết định (bạn phải là quản trị viên của tổ chức này)' }) @IsUUID() deciderUnitId!: string;
  @ApiProperty({ type: () => OrgChangePlanDto }) @ValidateNested() @Type(() => OrgChangePlanDto) plan!: OrgChangePlanDto;
  @ApiProperty({ description: 'Lý do (bắt buộc, ít nhất 10 ký tự, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ default: false, description: 'Chỉ kiểm tra và xem trước, không ghi gì' }) @IsOptional() @IsBoolean() dryRun?: boolean;
}
