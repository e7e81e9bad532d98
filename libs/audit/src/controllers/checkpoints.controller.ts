import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { Public } from '@hoso/access/decorators/public.decorator';
import { PageQuery } from '@hoso/core/http/page.query';
import { CheckpointService } from '@hoso/timeline/checkpoints/checkpoint.service';
import { CheckpointSigner } from '@hoso/timeline/checkpoints/checkpoint-signer.service';
import { publicKeyPem } from '@hoso/timeline/checkpoints/ed25519-key';
import { assertAuditReader } from '../services/audit-permissions';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { CheckpointPageResponse } from '../dtos/checkpoint-page.response';
import { PublicKeyResponse } from '../dtos/public-key.response';

@ApiTags('audit')
@Controller('audit/checkpoints')
export class CheckpointsController {
  constructor(
    private readonly checkpoints: CheckpointService,
    private readonly signer: CheckpointSigner,
  ) {}

  /**
   * Counts, digests and signatures only, never the per-case heads: a checkpoint covers every case, and listing
   * case ids would tell an auditor of one ward which cases exist elsewhere. What it does reveal beyond the
   * caller's scope is the total number of cases and events.
   */
  @Get()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Danh sách mốc ký số đầu chuỗi (kiểm toán viên, quản trị viên)' })
  @ApiOkResponse({ type: CheckpointPageResponse })
  @ApiErrors(400, 401, 403, ErrorCode.ROLE_NOT_ALLOWED)
  async list(@CurrentUser() user: AuthUser, @Query() q: PageQuery) {
    assertAuditReader(user);
    const page = await this.checkpoints.list(q.page, q.pageSize);
    return { ...page, items: page.items.map((c) => ({ ...c, signatureStatus: this.checkpoints.rowSignature(c) })) };
  }

  @Get('public-key')
  @Public()
  @ApiOperation({ summary: 'Khóa công khai (Ed25519) dùng để kiểm tra chữ ký các mốc' })
  @ApiSecurity({})
  @ApiOkResponse({ type: PublicKeyResponse })
  publicKey() {
    const key = this.signer.key;
    return {
      algorithm: 'Ed25519',
      keyId: key.keyId,
      publicKey: key.publicKey.toString('base64'),
      pem: publicKeyPem(key.publicKey),
      development: this.signer.development,
      trustedKeys: this.signer.trustedKeys().map(({ keyId, publicKey, current }) => ({ keyId, publicKey, current })),
    };
  }
}
