import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { UploadAttachmentDto } from '../dtos/attachment.dto';
import { DossierService } from '../services/dossier.service';
import { caseIdParam } from './request-headers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/dossier')
export class DossierController {
  constructor(private readonly dossier: DossierService) {}

  @Post()
  @ApiOperation({ summary: 'Nộp một văn bản vào hồ sơ (mã biểu mẫu, ngày, người lập, đóng dấu giáp lai; lưu kèm mã băm SHA-256)' })
  upload(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UploadAttachmentDto) {
    return this.dossier.upload(user, caseIdParam(id), dto);
  }

  @Get()
  @ApiOperation({ summary: 'Danh mục văn bản trong hồ sơ và các biểu mẫu của quy trình' })
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.dossier.list(user, caseIdParam(id));
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'Tải văn bản (ghi nhật ký truy cập)' })
  async download(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('attachmentId') attachmentId: string, @Res({ passthrough: true }) res: Response) {
    if (!UUID.test(attachmentId)) throw new DomainError(ErrorCode.ATTACHMENT_NOT_FOUND, { attachmentId: attachmentId.slice(0, 64) });
    const file = await this.dossier.download(user, caseIdParam(id), attachmentId.toLowerCase());
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.content);
  }
}
