import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'totocongtac' }) @IsString() @MinLength(1) @MaxLength(100) username!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'Mã làm mới nhận được khi đăng nhập hoặc lần làm mới trước (chỉ dùng được một lần)' })
  @IsString() @Matches(/^[A-Za-z0-9_-]{20,100}$/) refreshToken!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) currentPassword!: string;
  // Checked by the password policy (PASSWORD_POLICY lists every broken rule), not here.
  @ApiProperty({ description: '12–200 ký tự, có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký hiệu; không chứa tên đăng nhập' })
  @IsString() newPassword!: string;
}
