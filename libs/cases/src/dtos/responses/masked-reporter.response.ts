import { ApiProperty } from '@nestjs/swagger';

/** Người cung cấp thông tin, đã che: chỉ cho biết trường nào có, không bao giờ giá trị (documentation only). */
export class MaskedReporterResponse {
  @ApiProperty({ type: Boolean, description: 'Có thông tin về người cung cấp thông tin' })
  given!: boolean;

  @ApiProperty({ type: Boolean, description: 'Luôn true: danh tính được bảo vệ' })
  protected!: true;

  @ApiProperty({ type: String, isArray: true, example: ['name', 'contact'], description: 'Các trường đã khai (name, address, contact, signature)' })
  fields!: string[];

  @ApiProperty({ type: Boolean, description: 'Danh tính đã bị xóa theo thời hạn lưu giữ' })
  purged!: boolean;

  @ApiProperty({ type: Boolean, description: 'Người dùng được xem danh tính (POST /cases/{id}/reporter/reveal)' })
  mayReveal!: boolean;
}
