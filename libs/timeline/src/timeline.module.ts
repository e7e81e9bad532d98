import { Module } from '@nestjs/common';
import { ChainVerifierService } from './chain/chain-verifier.service';
import { CheckpointService } from './checkpoints/checkpoint.service';
import { CheckpointSigner } from './checkpoints/checkpoint-signer.service';
import { AccessLogService } from './access-log/access-log.service';
import { CheckpointJob } from './jobs/checkpoint.job';
import { TimelineWriter } from './repositories/timeline-writer.repository';

/**
 * The hash-chained timeline (its part of a case's write, verification, signed checkpoints and their job) and the
 * access log: no HTTP, so the worker and the CLI use them too. The auditors' HTTP side is libs/audit.
 */
@Module({
  providers: [AccessLogService, ChainVerifierService, CheckpointSigner, CheckpointService, TimelineWriter, CheckpointJob],
  exports: [AccessLogService, ChainVerifierService, CheckpointSigner, CheckpointService, TimelineWriter, CheckpointJob],
})
export class TimelineModule {}
