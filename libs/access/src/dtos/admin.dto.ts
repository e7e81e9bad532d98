import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AdminPageQuery } from '@hoso/core/http/page.query';
import { Role } from '@hoso/workflows';
import { UNIT_LEVELS, type UnitLevel } from '../entities/org-unit.entity';

export class CreateOrgUnitDto {
  @ApiProperty({ example: 'DU-PHUONG-1' }) @IsString() @Matches(/^[A-Z0-9-]{2,64}$/) code!: string;
  @ApiProperty({ example: 'Đảng ủy phường 1' }) @IsString() @MinLength(2) @MaxLength(300) name!: string;
  @ApiProperty({ enum: UNIT_LEVELS }) @IsIn(UNIT_LEVELS) level!: UnitLevel;
  @ApiProperty({ description: 'Đơn vị cấp trên (phải thuộc phạm vi quản trị của bạn)' }) @IsUUID() parentId!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'nguyenvana' }) @IsString() @Matches(/^[a-z0-9._-]{3,100}$/) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) @IsString() @MinLength(2) @MaxLength(200) displayName!: string;
  // Checked by the password policy (PASSWORD_POLICY lists every broken rule), not here.
  @ApiProperty({ description: '12–200 ký tự, có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký hiệu; không chứa tên đăng nhập' })
  @IsString() password!: string;
  @ApiPropertyOptional({ example: 'nguyenvana@example.vn', description: 'Địa chỉ nhận thông báo qua thư điện tử' })
  @IsOptional() @IsEmail({ allow_display_name: false, allow_ip_domain: false }) @MaxLength(320) email?: string;
}

export class AssignRoleDto {
  @ApiProperty() @IsUUID() unitId!: string;
  @ApiProperty({ enum: Role }) @IsIn(Object.values(Role)) role!: Role;
}

export class UsersPageQuery extends AdminPageQuery {
  @ApiPropertyOptional({ description: 'Tìm theo tên đăng nhập hoặc họ tên' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) q?: string;
}

export class AccountChangeDto {
  @ApiProperty({ description: 'Lý do (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}
