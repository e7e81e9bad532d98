import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

/** Chuyển các vụ việc đang mở của một phiên bản cũ sang phiên bản mới của quy trình, theo bảng chuyển đổi đã công bố. */
export class VersionMigrationDto {
  @ApiProperty({ description: 'Phiên bản các vụ việc đang chạy', minimum: 1 })
  @IsInt() @Min(1) @Max(1000)
  fromVersion!: number;

  @ApiProperty({ description: 'Lý do (văn bản thay đổi quy trình), ghi vào dòng thời gian và nhật ký', minLength: 5, maxLength: 2000 })
  @IsString() @MinLength(5) @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Chỉ liệt kê vụ việc nào chuyển được, vụ việc nào không và vì sao; không ghi gì', default: true })
  @IsOptional() @IsBoolean()
  dryRun?: boolean;
}
