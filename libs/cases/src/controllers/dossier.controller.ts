import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { UploadAttachmentDto } from '../dtos/attachment.dto';
import { contentDisposition } from '../documents/content-disposition';
import { MultipartUploadFieldsDto } from '../documents/upload-fields.dto';
import { DOCUMENT_MEDIA_TYPES } from '../documents/media-types';
import { DossierUploadResponse } from '../dtos/responses/dossier-upload.response';
import { DossierResponse } from '../dtos/responses/dossier.response';
import { DossierService } from '../services/dossier.service';
import { validatePayload } from '../services/payload-validator';
import { caseIdParam } from './request-headers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BINARY = { schema: { type: 'string', format: 'binary' } };

@ApiTags('cases')
@ApiBearerAuth()
@ApiExtraModels(UploadAttachmentDto, MultipartUploadFieldsDto)
@Controller('cases/:id/dossier')
export class DossierController {
  constructor(private readonly dossier: DossierService) {}

  // One route, two encodings: JSON with base64 content (small files, within BODY_LIMIT) or multipart/form-data with
  // the file in the part `file`, streamed up to UPLOAD_MAX_BYTES. The JSON body is validated here, not by the global
  // pipe, because a multipart request has no parsed body to validate.
  @Post()
  @ApiOperation({ summary: 'Nộp một văn bản vào hồ sơ (mã biểu mẫu/loại văn bản, ngày, người lập; lưu kèm dung lượng và mã băm SHA-256)' })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(UploadAttachmentDto) },
        { allOf: [{ $ref: getSchemaPath(MultipartUploadFieldsDto) }, { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } }] },
      ],
    },
  })
  @ApiCreatedResponse({ type: DossierUploadResponse })
  // 413: JSON past BODY_LIMIT or a file past UPLOAD_MAX_BYTES; 415: neither JSON nor multipart, or a file type not accepted.
  @ApiErrors(
    400, ErrorCode.FORM_CODE_UNKNOWN, ErrorCode.ATTACHMENT_CONTENT_MISMATCH, ErrorCode.MULTIPART_INVALID, 401, ErrorCode.ROLE_NOT_ALLOWED,
    ErrorCode.CASE_NOT_FOUND, 413, ErrorCode.ATTACHMENT_TOO_LARGE, 415, ErrorCode.ATTACHMENT_TYPE_NOT_ACCEPTED,
  )
  async upload(@CurrentUser() user: AuthUser, @Param('id') id: string, @Req() req: Request) {
    if (req.is('multipart/form-data')) return this.dossier.uploadMultipart(user, caseIdParam(id), req);
    const dto = (await validatePayload(UploadAttachmentDto, req.body)) as unknown as UploadAttachmentDto;
    return this.dossier.upload(user, caseIdParam(id), dto);
  }

  @Get()
  @ApiOperation({ summary: 'Danh mục văn bản trong hồ sơ, các biểu mẫu và loại văn bản của quy trình (bước nào cần văn bản nào)' })
  @ApiOkResponse({ type: DossierResponse })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND)
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.dossier.list(user, caseIdParam(id));
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'Tải văn bản với tên tệp tiếng Việt (ghi nhật ký truy cập)' })
  // The file types go on the 200 only (not @ApiProduces, which would also put the JSON error answers under them).
  @ApiOkResponse({
    description: 'Nội dung tệp (Content-Disposition: attachment, tên tệp tiếng Việt theo RFC 6266; X-Content-SHA256: mã băm SHA-256)',
    headers: {
      'Content-Disposition': { description: 'attachment; filename="…" (không dấu); filename*=UTF-8\'\'… (tên gốc)', schema: { type: 'string' } },
      'X-Content-SHA256': { description: 'Mã băm SHA-256 của nội dung (hex)', schema: { type: 'string' } },
    },
    content: Object.fromEntries(DOCUMENT_MEDIA_TYPES.map((t) => [t, BINARY])),
  })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND, ErrorCode.ATTACHMENT_NOT_FOUND, ErrorCode.ATTACHMENT_PURGED)
  async download(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('attachmentId') attachmentId: string, @Res({ passthrough: true }) res: Response) {
    if (!UUID.test(attachmentId)) throw new DomainError(ErrorCode.ATTACHMENT_NOT_FOUND, { attachmentId: attachmentId.slice(0, 64) });
    const file = await this.dossier.download(user, caseIdParam(id), attachmentId.toLowerCase());
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('Cache-Control', 'no-store');
    return Buffer.isBuffer(file.content) ? new StreamableFile(file.content) : new StreamableFile(file.content);
  }
}
