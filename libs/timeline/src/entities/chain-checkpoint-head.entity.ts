import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ChainCheckpointEntity } from './chain-checkpoint.entity';

/**
 * One case's chain head at a checkpoint, stored when it changed since the checkpoint before. No foreign key to
 * `case`: a case that disappears must be reportable, not a reason the checkpoint cannot exist.
 */
@Entity({ name: 'chain_checkpoint_head' })
@Index('ix_chain_checkpoint_head_case', ['caseId'])
export class ChainCheckpointHeadEntity {
  @PrimaryColumn('uuid', { name: 'checkpoint_id' }) checkpointId!: string;
  @ManyToOne(() => ChainCheckpointEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'checkpoint_id' }) checkpoint?: ChainCheckpointEntity;
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column('int') seq!: number;
  @Column('char', { length: 64 }) hash!: string;
}
