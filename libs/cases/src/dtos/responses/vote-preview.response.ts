import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Documentation only: the procedures' vote previews (workflows/shared/voting/vote-preview.ts) build the answer.

/** Một dòng so sánh số phiếu với tỷ lệ cần đạt. */
export class VotePreviewLineResponse {
  @ApiProperty({ type: String, example: 'CANH_CAO', description: 'Mã ổn định: mã hình thức kỷ luật, `approve` (tán thành)…' })
  key!: string;

  @ApiProperty({ type: String, example: 'Cảnh cáo – hình thức được quyết định' })
  label!: string;

  @ApiProperty({ type: 'integer', description: 'Số phiếu ghi cho dòng này (0 khi chưa nhập)' })
  votes!: number;

  @ApiProperty({ type: 'integer', description: 'Số phiếu được tính: số phiếu cộng dồn với các hình thức nặng hơn khi áp dụng cộng dồn, nếu không bằng `votes`' })
  counted!: number;

  @ApiProperty({ type: 'integer', description: 'Số phiếu tối thiểu để đạt tỷ lệ trên tổng số (0 khi tổng số bằng 0)' })
  needed!: number;

  @ApiProperty({ type: String, example: 'quá một nửa', description: 'Tỷ lệ cần đạt, ví dụ "ít nhất hai phần ba"' })
  thresholdLabel!: string;

  @ApiProperty({ type: Boolean, description: 'Số phiếu được tính đã đạt tỷ lệ' })
  reached!: boolean;
}

/** Số người có mặt so với số tối thiểu (khi quy trình có quy định). */
export class VotePreviewQuorumResponse {
  @ApiProperty({ type: 'integer', description: 'Số người được tính phải có mặt tối thiểu' })
  required!: number;

  @ApiProperty({ type: 'integer', description: 'Số người được tính có mặt (được phát phiếu)' })
  present!: number;

  @ApiProperty({ type: Boolean })
  met!: boolean;

  @ApiProperty({ type: String })
  label!: string;
}

/** Một lý do chưa tính được kết quả, hoặc bước sẽ bị từ chối. */
export class VotePreviewProblemResponse {
  @ApiProperty({
    type: String,
    example: 'COUNTS_BELOW_CAST',
    description:
      'Mã ổn định: mã của thư viện biểu quyết (COUNT_MISSING, COUNTS_EXCEED_CAST, QUORUM_NOT_MET…), BALLOT_FORMS_NOT_FOR_SUBJECT, ' +
      'VALIDATION_FAILED (nội dung chưa đủ để gửi) hoặc STEP_REFUSED (bước sẽ bị từ chối theo quy định)',
  })
  code!: string;

  @ApiProperty({ type: String, nullable: true, example: 'tally.cast', description: 'Đường dẫn của trường trong `payload`; null khi không gắn với một trường' })
  field!: string | null;

  @ApiProperty({ type: String })
  message!: string;
}

/** Trạng thái vụ việc sẽ chuyển sang nếu gửi đúng nội dung này lúc này. */
export class VotePreviewNextStateResponse {
  @ApiProperty({ type: String, example: 'voted' })
  state!: string;

  @ApiProperty({ type: String, example: 'Đã biểu quyết – chờ quyết định hoặc đề nghị cấp có thẩm quyền' })
  label!: string;
}

/**
 * Số học của cuộc biểu quyết theo đúng quy tắc máy chủ áp dụng khi ghi nhận: tổng số và cách tính, số người có mặt,
 * từng tỷ lệ (cộng dồn khi áp dụng) và kết quả. Không ghi gì, không đổi phiên bản vụ việc.
 */
export class VotePreviewResponse {
  @ApiProperty({ type: String, description: 'Tên cuộc biểu quyết' })
  label!: string;

  @ApiProperty({ type: 'integer', description: 'Tổng số người được tính để xét tỷ lệ' })
  denominator!: number;

  @ApiProperty({ type: String, description: 'Cách tính tổng số: số trong danh sách, trừ ai và vì sao, ai vắng mặt vẫn được tính' })
  denominatorLabel!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Số phiếu thu vào, khi đã nhập là một số hợp lệ' })
  cast!: number | null;

  @ApiProperty({ type: () => VotePreviewQuorumResponse, nullable: true, description: 'Số người có mặt tối thiểu; null khi quy định không đặt ra' })
  quorum!: VotePreviewQuorumResponse | null;

  @ApiProperty({ type: () => VotePreviewLineResponse, isArray: true })
  lines!: VotePreviewLineResponse[];

  @ApiProperty({ type: String, example: 'Đủ phiếu thi hành kỷ luật: Cảnh cáo (5/8 phiếu cộng dồn, cần 5)', description: 'Kết quả bằng một câu tiếng Việt' })
  outcome!: string;

  @ApiProperty({ type: Boolean, description: 'Kết quả theo số phiếu: thông qua / đủ phiếu cho một hình thức kỷ luật' })
  passed!: boolean;

  @ApiProperty({
    type: () => VotePreviewProblemResponse,
    isArray: true,
    description: 'Rỗng khi gửi đúng nội dung này thì bước được ghi nhận; nếu không, các lý do (số phiếu chưa đủ hoặc không khớp trước hết)',
  })
  problems!: VotePreviewProblemResponse[];

  @ApiProperty({
    type: String,
    isArray: true,
    example: ['Chưa có quy định về số đảng viên phải có mặt được xác nhận (VOTE.QUORUM_DISCIPLINE): không kiểm tra số người có mặt.'],
    description: 'Những gì phép tính dựa vào mà cấp ủy chưa xác nhận (chưa có quy định túc số, quy tắc chưa kiểm chứng…): chỉ cảnh báo, không chặn bước',
  })
  warnings!: string[];

  @ApiPropertyOptional({
    type: () => VotePreviewNextStateResponse,
    description: 'Chỉ có khi nội dung đã đủ và bước không bị từ chối: trạng thái vụ việc sẽ chuyển sang',
  })
  nextState?: VotePreviewNextStateResponse;
}
