import { ApiProperty } from '@nestjs/swagger';
import { CONFIDENCES, RULE_UNITS, START_CONVENTIONS } from '../entities/legal-rule.entity';

/** Một quy tắc (giá trị pháp lý) như bảng quy tắc liệt kê (documentation only: the service builds the answer). */
export class LegalRuleResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Số ngày, số tháng hoặc số lượng; null khi giá trị nằm trong valueData hoặc chưa có giá trị pháp lý' })
  value!: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Giá trị có cấu trúc: FRACTION {numerator, denominator, strict}, LIST {items}, TABLE {rows}',
  })
  valueData!: Record<string, unknown> | null;

  @ApiProperty({ enum: RULE_UNITS })
  unit!: (typeof RULE_UNITS)[number];

  @ApiProperty({ enum: START_CONVENTIONS })
  startConvention!: (typeof START_CONVENTIONS)[number];

  @ApiProperty({ type: String, nullable: true })
  startEvent!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  extensionValue!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  extensionMaxCount!: number | null;

  @ApiProperty({ type: String, format: 'date' })
  effectiveFrom!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Ngày đầu tiên quy tắc không còn áp dụng (khi có phiên bản mới); null khi đang có hiệu lực' })
  effectiveTo!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Số, ký hiệu văn bản căn cứ (danh mục văn bản pháp lý)' })
  instrument!: string | null;

  @ApiProperty({ type: String, nullable: true })
  legalBasis!: string | null;

  @ApiProperty({ type: String, nullable: true })
  sourceRef!: string | null;

  @ApiProperty({ type: String, nullable: true, description: `${CONFIDENCES.join(', ')}, hoặc OVERRIDE cho điều chỉnh của cấp ủy` })
  confidence!: string | null;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị của điều chỉnh; null: quy tắc chung' })
  orgUnitId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  confirmedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Cấp ủy xác nhận (lại) quy tắc lúc' })
  confirmedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Điều chỉnh đã hết áp dụng vào ngày xem (asOf, mặc định hôm nay) vì có quy tắc chung mới hơn mà chưa được xác nhận lại; null với quy tắc chung',
  })
  lapsed!: boolean | null;
}
