import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ERROR_TABLE, ErrorCode } from '../errors/error-codes';
import { ErrorEnvelopeDto } from './error-envelope.dto';

/** The Vietnamese headline of each error status; the codes that can answer it follow. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ',
  401: 'Chưa đăng nhập, mã truy cập hết hạn hoặc đã thu hồi',
  403: 'Không có quyền',
  404: 'Không tìm thấy (hoặc ngoài phạm vi của người dùng)',
  409: 'Xung đột với trạng thái hiện tại',
  410: 'Không còn nữa (đã xóa theo thời hạn lưu trữ)',
  412: 'Phiên bản không khớp',
  413: 'Nội dung quá lớn',
  415: 'Nội dung không phải application/json',
  422: 'Không xử lý được yêu cầu',
  423: 'Tài khoản tạm thời bị khóa',
  428: 'Thiếu điều kiện bắt buộc',
  429: 'Quá nhiều yêu cầu (xem Retry-After)',
  500: 'Lỗi hệ thống (kèm mã tham chiếu)',
  503: 'Dịch vụ tạm thời không sẵn sàng',
};

/** The codes a bare status stands for; codes named beside it are added. */
const DEFAULT_CODES: Record<number, ErrorCode[]> = {
  400: [ErrorCode.VALIDATION_FAILED],
  401: [ErrorCode.UNAUTHENTICATED],
  403: [ErrorCode.FORBIDDEN],
  404: [ErrorCode.NOT_FOUND],
  413: [ErrorCode.PAYLOAD_TOO_LARGE],
  415: [ErrorCode.UNSUPPORTED_MEDIA_TYPE],
  429: [ErrorCode.TOO_MANY_REQUESTS],
  500: [ErrorCode.INTERNAL_ERROR],
};

/**
 * Documents the error answers of an operation with the one error envelope. Takes statuses (`401`) and codes
 * (`ErrorCode.UNIT_NOT_FOUND`, documented under its own status); a bare status stands for its usual code
 * (401: UNAUTHENTICATED, 400: VALIDATION_FAILED…). The description lists the codes per status.
 * `@ApiErrors(400, 401, 403, ErrorCode.USER_NOT_FOUND)`.
 */
export function ApiErrors(...errors: Array<number | ErrorCode>): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const e of errors) {
    const status = typeof e === 'number' ? e : ERROR_TABLE[e].status;
    if (!(status in STATUS_TEXT)) throw new Error(`ApiErrors: no text for status ${status}`);
    const codes = byStatus.get(status) ?? new Set<ErrorCode>();
    for (const code of typeof e === 'number' ? (DEFAULT_CODES[status] ?? []) : [e]) codes.add(code);
    byStatus.set(status, codes);
  }
  const decorators = [...byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, codes]) => {
      const list = codes.size > 0 ? ` Mã: ${[...codes].map((c) => `\`${c}\``).join(', ')}.` : '';
      return ApiResponse({ status, description: `${STATUS_TEXT[status]}.${list}`, type: ErrorEnvelopeDto });
    });
  return applyDecorators(...decorators);
}
