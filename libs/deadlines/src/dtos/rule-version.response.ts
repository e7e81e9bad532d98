import { ApiProperty } from '@nestjs/swagger';
import { RuleRowResponse } from './rule-resolved.response';

class RuleVersionSuperseded {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) valueData!: Record<string, unknown> | null;
}

class RuleVersionDue {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ruleId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: string | null;
}

class RuleVersionDeadlineMove {
  @ApiProperty({ type: String, format: 'uuid' }) deadlineId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: String, format: 'date' }) startDate!: string;
  @ApiProperty({ type: RuleVersionDue }) from!: RuleVersionDue;
  @ApiProperty({ type: RuleVersionDue }) to!: RuleVersionDue;
}

class RuleVersionDeadlineKept {
  @ApiProperty({ type: String, format: 'uuid' }) deadlineId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: String, format: 'date' }) startDate!: string;
  @ApiProperty({ enum: ['PAUSED', 'MANUAL_DUE', 'EXTENDED'], description: 'Không tự tính lại: đang tạm dừng, hạn đặt thủ công hoặc đã gia hạn' })
  reason!: 'PAUSED' | 'MANUAL_DUE' | 'EXTENDED';
}

class RuleVersionDeadlines {
  @ApiProperty({ type: 'integer', description: 'Thời hạn đang mở của quy tắc bắt đầu từ ngày hiệu lực trở đi' }) examined!: number;
  @ApiProperty({ type: 'integer' }) moved!: number;
  @ApiProperty({ type: 'integer' }) unchanged!: number;
  @ApiProperty({ type: 'integer' }) notRecomputed!: number;
  @ApiProperty({ type: RuleVersionDeadlineMove, isArray: true, description: 'Tối đa 100 mục đầu' }) moves!: RuleVersionDeadlineMove[];
  @ApiProperty({ type: RuleVersionDeadlineKept, isArray: true, description: 'Tối đa 100 mục đầu' }) kept!: RuleVersionDeadlineKept[];
}

class RuleVersionOpenCase {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) procedureId!: string;
  @ApiProperty({ type: 'integer' }) machineVersion!: number;
  @ApiProperty({ type: String }) state!: string;
  @ApiProperty({ type: String, format: 'uuid' }) orgUnitId!: string;
}

class RuleVersionCases {
  @ApiProperty({ type: 'integer', description: 'Số vụ việc đang mở của các quy trình dùng quy tắc' }) total!: number;
  @ApiProperty({ type: String, isArray: true, description: 'Quy trình (id@phiên bản) dùng quy tắc' }) procedures!: string[];
  @ApiProperty({ type: RuleVersionOpenCase, isArray: true, description: 'Tối đa 100 mục đầu' }) items!: RuleVersionOpenCase[];
}

/** Phiên bản quy tắc chung mới và những gì nó thay đổi (documentation only: the service builds the answer). */
export class RuleVersionResponse {
  @ApiProperty({ type: Boolean, description: 'true: chỉ là bản xem trước, chưa ghi gì' }) dryRun!: boolean;
  @ApiProperty({ type: RuleRowResponse, description: 'Dòng quy tắc mới' }) rule!: RuleRowResponse;
  @ApiProperty({ type: RuleVersionSuperseded, isArray: true, description: 'Các dòng chung được thay thế (effective_to = ngày hiệu lực mới)' }) superseded!: RuleVersionSuperseded[];
  @ApiProperty({ type: RuleVersionDeadlines }) deadlines!: RuleVersionDeadlines;
  @ApiProperty({ type: RuleVersionCases }) cases!: RuleVersionCases;
}
