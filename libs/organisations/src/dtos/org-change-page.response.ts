import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { ORG_CHANGE_KINDS } from '@hoso/workflows';
import { OrgChangeOutcomeResponse } from './org-change-outcome.response';

/** Một thay đổi tổ chức đã áp dụng (documentation only). */
export class OrgChangeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORG_CHANGE_KINDS }) kind!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty({ format: 'date' }) decisionDate!: string;
  @ApiProperty() decisionBody!: string;
  @ApiProperty({ format: 'uuid' }) deciderUnitId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Vụ việc theo quy trình đã áp dụng (không có: sửa dữ liệu trực tiếp)' }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Lý do sửa dữ liệu trực tiếp' }) reason!: string | null;
  @ApiProperty({ format: 'uuid' }) appliedBy!: string;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
  @ApiProperty({ type: () => OrgChangeOutcomeResponse }) outcome!: OrgChangeOutcomeResponse;
}

export class OrgChangePageResponse extends PageResponseOf(() => OrgChangeResponse) {}
