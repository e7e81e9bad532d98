import { Module } from '@nestjs/common';
import { ChainVerifierService } from './chain/chain-verifier.service';
import { CheckpointService } from './checkpoints/checkpoint.service';
import { CheckpointSigner } from './checkpoints/checkpoint-signer.service';
import { AccessLogService } from './services/access-log.service';

/** The access log, chain verification and checkpoints: no HTTP, so the worker and the CLI use them too. */
@Module({
  providers: [AccessLogService, ChainVerifierService, CheckpointSigner, CheckpointService],
  exports: [AccessLogService, ChainVerifierService, CheckpointSigner, CheckpointService],
})
export class AuditCoreModule {}
