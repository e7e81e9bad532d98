import { ApiProperty } from '@nestjs/swagger';

/** Một phiên bản mẫu văn bản, không kèm nội dung (documentation only: document-template.service.ts `versionView` builds it). */
export class TemplateVersionResponse {
  @ApiProperty({ type: String, example: 'ky-luat.quyet-dinh-ky-luat', description: 'Khóa của mẫu' })
  key!: string;

  @ApiProperty({ type: 'integer', description: 'Số phiên bản (tăng dần theo khóa)' })
  version!: number;

  @ApiProperty({ type: String, description: 'Tên mẫu' })
  title!: string;

  @ApiProperty({ type: String, example: 'ky-luat', description: 'Quy trình dùng mẫu' })
  procedureId!: string;

  @ApiProperty({ type: String, example: 'QD-KY-LUAT', description: 'Mã loại văn bản trong hồ sơ khi tạo từ mẫu' })
  formCode!: string;

  @ApiProperty({ type: String, format: 'date', description: 'Áp dụng cho văn bản đề ngày từ ngày này' })
  effectiveFrom!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Ngày đầu tiên không còn áp dụng (chỉ khi ban hành cho một thời kỳ)' })
  effectiveTo!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị của mẫu riêng (null: mẫu chung)' })
  unitId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Tên đơn vị của mẫu riêng' })
  unitName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Lý do sửa mẫu (null với phiên bản mặc định)' })
  reason!: string | null;

  @ApiProperty({ type: String, pattern: '^[0-9a-f]{64}$', description: 'Mã băm SHA-256 của tệp .docx' })
  sha256!: string;

  @ApiProperty({ type: 'integer', description: 'Dung lượng (byte)' })
  sizeBytes!: number;

  @ApiProperty({ type: String, description: 'Căn cứ: hướng dẫn thể thức và quy định làm cơ sở nội dung' })
  basis!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Người tải lên (null với phiên bản mặc định)' })
  createdBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}

/** Một trường trộn mà mẫu được dùng. */
export class TemplateFieldResponse {
  @ApiProperty({ type: String, example: 'hoTen', description: 'Tên trường, viết trong mẫu là {hoTen}' })
  name!: string;

  @ApiProperty({ type: String, description: 'Nội dung của trường' })
  description!: string;
}

/** Mọi phiên bản của một mẫu mà người dùng được xem. */
export class TemplateVersionsResponse {
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String }) procedureId!: string;
  @ApiProperty({ type: String }) formCode!: string;
  @ApiProperty({ type: [TemplateFieldResponse], description: 'Các trường trộn dùng được trong mẫu' }) fields!: TemplateFieldResponse[];
  @ApiProperty({ type: [TemplateVersionResponse], description: 'Mới nhất trước' }) versions!: TemplateVersionResponse[];
}
