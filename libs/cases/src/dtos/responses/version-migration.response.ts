import { ApiProperty } from '@nestjs/swagger';

/** Một vụ việc trong báo cáo chuyển phiên bản (documentation only: the service builds the answer). */
export class VersionMigrationItemResponse {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String, description: 'Trạng thái hiện tại' }) fromState!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Trạng thái ở phiên bản mới (null: không chuyển được)' }) toState!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Vì sao không chuyển được' }) reason!: string | null;
}

/** Kết quả (hoặc chạy thử) chuyển các vụ việc đang mở sang phiên bản mới. */
export class VersionMigrationResponse {
  @ApiProperty({ type: String }) procedureId!: string;
  @ApiProperty({ type: 'integer' }) fromVersion!: number;
  @ApiProperty({ type: 'integer' }) toVersion!: number;
  @ApiProperty({ type: String, description: 'Căn cứ thay đổi do phiên bản mới công bố' }) basis!: string;
  @ApiProperty({ type: Boolean }) dryRun!: boolean;
  @ApiProperty({ type: 'integer', description: 'Số vụ việc chuyển được (hoặc đã chuyển)' }) movable!: number;
  @ApiProperty({ type: 'integer', description: 'Số vụ việc giữ nguyên phiên bản' }) staying!: number;
  @ApiProperty({ type: 'integer', description: 'Vụ việc đổi phiên bản trong lúc chạy (thử lại sau)' }) conflicts!: number;
  @ApiProperty({ type: VersionMigrationItemResponse, isArray: true }) items!: VersionMigrationItemResponse[];
}
