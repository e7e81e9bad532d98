import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { caseIdParam } from '@hoso/cases/controllers/request-headers';
import { GenerateDocumentDto } from '../dtos/generate-document.dto';
import { GeneratedDocumentResponse } from '../dtos/generated-document.response';
import { DocumentGenerationService } from '../services/document-generation.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/documents')
export class CaseDocumentsController {
  constructor(private readonly generation: DocumentGenerationService) {}

  @Post('generate')
  @ApiOperation({
    summary:
      'Tạo văn bản từ mẫu (phiên bản áp dụng cho đơn vị của vụ việc vào ngày của văn bản): điền dữ kiện của vụ việc, lưu bản .docx và bản PDF làm bản nháp trong hồ sơ, ghi lên diễn biến kèm mã băm SHA-256 và phiên bản mẫu',
  })
  @ApiCreatedResponse({ type: GeneratedDocumentResponse })
  @ApiErrors(
    400, 401, ErrorCode.CASE_NOT_FOUND, ErrorCode.TEMPLATE_NOT_FOUND, ErrorCode.TEMPLATE_NOT_APPLICABLE, ErrorCode.VERSION_CONFLICT, ErrorCode.TEMPLATE_INVALID,
    ErrorCode.DOCX_INVALID,
  )
  generate(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: GenerateDocumentDto) {
    return this.generation.generate(user, caseIdParam(id), dto);
  }
}
