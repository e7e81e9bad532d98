import { ApiProperty } from '@nestjs/swagger';
import { LEVELS, ORG_CHANGE_KINDS } from '@hoso/workflows';

/** Một giai đoạn của tổ chức: tên, cấp trên trong khoảng thời gian đó (documentation only). */
export class UnitPeriodResponse {
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
}

/** Tổ chức tiền thân hoặc kế tục, với quyết định đã tạo ra liên kết (documentation only). */
export class UnitLinkResponse {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ORG_CHANGE_KINDS }) kind!: string;
  @ApiProperty({ description: 'Tổ chức kế tục tiếp nhận hồ sơ, tài liệu' }) records!: boolean;
  @ApiProperty({ format: 'uuid' }) changeId!: string;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
}

/** Lịch sử một tổ chức: các giai đoạn, tổ chức tiền thân và kế tục (documentation only). */
export class UnitHistoryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'ENDED'] }) status!: 'ACTIVE' | 'ENDED';
  @ApiProperty({ type: () => UnitPeriodResponse, isArray: true }) periods!: UnitPeriodResponse[];
  @ApiProperty({ type: () => UnitLinkResponse, isArray: true }) predecessors!: UnitLinkResponse[];
  @ApiProperty({ type: () => UnitLinkResponse, isArray: true }) successors!: UnitLinkResponse[];
}
