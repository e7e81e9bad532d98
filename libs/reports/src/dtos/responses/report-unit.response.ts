import { ApiProperty } from '@nestjs/swagger';

export class ReportUnitResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'DU-BEN-THANH' }) code!: string;
  @ApiProperty({ example: 'Đảng ủy phường Bến Thành' }) name!: string;
  @ApiProperty({ enum: ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'] }) level!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Cấp ủy cấp trên trực tiếp (dòng đầu của tiêu đề văn bản)' }) parentName!: string | null;
}
