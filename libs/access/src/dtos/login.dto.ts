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
