import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { contentDisposition } from '@hoso/cases/documents/content-disposition';
import { DOCX } from '@hoso/cases/documents/media-types';
import { TemplateListQuery } from '../dtos/template-list.query';
import { TemplateListResponse } from '../dtos/template-list.response';
import { TemplateVersionFieldsDto } from '../dtos/template-version-fields.dto';
import { TemplateVersionResponse, TemplateVersionsResponse } from '../dtos/template-version.response';
import { DocumentTemplateService } from '../services/document-template.service';

const KEY = /^[a-z0-9][a-z0-9.-]{0,63}$/;
/** A key or version that cannot exist names no template: 404, as for one that does not. */
function keyParam(key: string): string {
  if (!KEY.test(key)) throw new DomainError(ErrorCode.TEMPLATE_NOT_FOUND, { key: key.slice(0, 64) });
  return key;
}
function versionParam(v: string): number {
  if (!/^[1-9]\d{0,8}$/.test(v)) throw new DomainError(ErrorCode.TEMPLATE_NOT_FOUND, { version: v.slice(0, 16) });
  return Number(v);
}

@ApiTags('document templates')
@ApiBearerAuth()
@ApiExtraModels(TemplateVersionFieldsDto)
@Controller('document-templates')
export class DocumentTemplatesController {
  constructor(private readonly templates: DocumentTemplateService) {}

  @Get()
  @ApiOperation({ summary: 'Các mẫu văn bản và phiên bản áp dụng cho một đơn vị vào một ngày (mẫu riêng của đơn vị gần nhất được ưu tiên), kèm các trường trộn' })
  @ApiOkResponse({ type: TemplateListResponse })
  @ApiErrors(400, 401, ErrorCode.UNIT_NOT_FOUND)
  list(@CurrentUser() user: AuthUser, @Query() q: TemplateListQuery) {
    return this.templates.list(user, q);
  }

  @Get(':key/versions')
  @ApiOperation({ summary: 'Mọi phiên bản của một mẫu văn bản (mẫu chung và mẫu riêng của các đơn vị trong phạm vi)' })
  @ApiOkResponse({ type: TemplateVersionsResponse })
  @ApiErrors(401, ErrorCode.TEMPLATE_NOT_FOUND)
  versions(@CurrentUser() user: AuthUser, @Param('key') key: string) {
    return this.templates.versions(user, keyParam(key));
  }

  @Get(':key/versions/:version/file')
  @ApiOperation({ summary: 'Tải tệp .docx của một phiên bản mẫu (để sửa trong Word hoặc LibreOffice rồi tải lên thành phiên bản mới)' })
  @ApiOkResponse({
    description: 'Tệp .docx (X-Content-SHA256: mã băm SHA-256)',
    headers: { 'X-Content-SHA256': { description: 'Mã băm SHA-256 của tệp (hex)', schema: { type: 'string' } } },
    content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(401, ErrorCode.TEMPLATE_NOT_FOUND)
  async file(@CurrentUser() user: AuthUser, @Param('key') key: string, @Param('version') version: string, @Res({ passthrough: true }) res: Response) {
    const f = await this.templates.file(user, keyParam(key), versionParam(version));
    res.setHeader('Content-Type', DOCX);
    res.setHeader('Content-Length', String(f.content.length));
    res.setHeader('Content-Disposition', contentDisposition(f.fileName));
    res.setHeader('X-Content-SHA256', f.sha256);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(f.content);
  }

  @Post(':key/versions')
  @ApiOperation({
    summary:
      'Thêm phiên bản mẫu (tệp .docx, ngày bắt đầu áp dụng, lý do; unitId: mẫu riêng cho đơn vị và cấp dưới). Tệp phải là .docx, mọi thẻ {…} phải đúng cú pháp và thuộc danh sách trường của mẫu; sai thì không lưu gì',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { allOf: [{ $ref: getSchemaPath(TemplateVersionFieldsDto) }, { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } }] },
  })
  @ApiCreatedResponse({ type: TemplateVersionResponse })
  @ApiErrors(
    400, ErrorCode.MULTIPART_INVALID, 401, ErrorCode.FORBIDDEN, ErrorCode.TEMPLATE_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND, 413, ErrorCode.ATTACHMENT_TOO_LARGE,
    ErrorCode.DOCX_INVALID, ErrorCode.TEMPLATE_INVALID,
  )
  addVersion(@CurrentUser() user: AuthUser, @Param('key') key: string, @Req() req: Request) {
    if (!req.is('multipart/form-data')) {
      req.resume();
      throw new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'multipart/form-data expected' });
    }
    return this.templates.addVersion(user, keyParam(key), req);
  }
}
