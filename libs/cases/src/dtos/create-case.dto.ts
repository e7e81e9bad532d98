import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, IsUUID, Matches } from 'class-validator';

export class CreateCaseDto {
  @ApiProperty({ example: 'quy-dinh-1374' }) @IsString() @Matches(/^[a-z0-9-]{1,64}$/) procedureId!: string;
  @ApiProperty({ description: 'Đơn vị (cấp ủy) tiếp nhận' }) @IsUUID() orgUnitId!: string;
  @ApiProperty({ description: 'Dữ liệu đăng ký theo quy trình (xem GET /procedures)', type: Object })
  @IsObject()
  input!: Record<string, unknown>;
}
