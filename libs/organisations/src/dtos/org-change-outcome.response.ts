import { ApiProperty } from '@nestjs/swagger';
import { ORG_CHANGE_KINDS } from '@hoso/workflows';

export class FoundedUnitResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

/** Quy định hoặc thẩm quyền riêng của tổ chức kết thúc hoạt động: cần cấp ủy xác nhận lại, không tự sao chép (documentation only). */
export class OverrideToConfirmResponse {
  @ApiProperty({ enum: ['RULE', 'AUTHORITY'] }) kind!: 'RULE' | 'AUTHORITY';
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
}

/** Kết quả (hoặc xem trước) của một thay đổi tổ chức (documentation only). */
export class OrgChangeOutcomeResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) changeId!: string | null;
  @ApiProperty({ enum: ORG_CHANGE_KINDS }) kind!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) unitsEnded!: string[];
  @ApiProperty({ type: () => FoundedUnitResponse, isArray: true }) unitsFounded!: FoundedUnitResponse[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) unitsChanged!: string[];
  @ApiProperty({ type: 'integer' }) casesMoved!: number;
  @ApiProperty({ type: 'integer' }) membersMoved!: number;
  @ApiProperty({ type: 'integer' }) childUnitsMoved!: number;
  @ApiProperty({ type: 'integer' }) rolesEnded!: number;
  @ApiProperty({ type: 'integer' }) rolesAssigned!: number;
  @ApiProperty({ type: () => OverrideToConfirmResponse, isArray: true }) overridesToConfirm!: OverrideToConfirmResponse[];
}

/** Một lý do không thể áp dụng phương án: mã ổn định và câu tiếng Việt (documentation only). */
export class OrgChangeProblemResponse {
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ required: false }) field?: string;
}

/** Trả lời của việc áp dụng trực tiếp (applied) hoặc chạy thử (dryRun: problems và xem trước) (documentation only). */
export class OrgChangeResultResponse {
  @ApiProperty() applied!: boolean;
  @ApiProperty({ type: () => OrgChangeProblemResponse, isArray: true }) problems!: OrgChangeProblemResponse[];
  @ApiProperty({ type: () => OrgChangeOutcomeResponse, nullable: true }) outcome!: OrgChangeOutcomeResponse | null;
}
