import { DataSource } from 'typeorm';
import { loadConfig, type EnvDto } from '@hoso/core/config';
import { createDataSource } from '@hoso/core/database';
import { ChainVerifierService } from '@hoso/timeline/chain/chain-verifier.service';
import { CheckpointService } from '@hoso/timeline/checkpoints/checkpoint.service';
import { CheckpointSigner } from '@hoso/timeline/checkpoints/checkpoint-signer.service';

export interface CliContext {
  config: EnvDto;
  dataSource: DataSource;
  verifier: ChainVerifierService;
  checkpoints: CheckpointService;
  close(): Promise<void>;
}

/** The audit services without Nest, on DATABASE_URL. Raw SQL only: no entities, and no migrations are run. */
export async function openCliContext(): Promise<CliContext> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const dataSource = createDataSource(config.DATABASE_URL, { entities: [], migrations: [] }, 2);
  await dataSource.initialize();
  const signer = new CheckpointSigner(config);
  return {
    config,
    dataSource,
    verifier: new ChainVerifierService(dataSource),
    checkpoints: new CheckpointService(dataSource, signer),
    close: () => dataSource.destroy(),
  };
}
