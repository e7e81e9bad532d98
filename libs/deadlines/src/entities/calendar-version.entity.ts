import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every change to the working-day calendar is a new version; deadlines record the version they were computed with. */
@Entity({ name: 'calendar_version' })
export class CalendarVersionEntity {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column('varchar', { length: 16 }) kind!: 'SEED' | 'SCHEDULE' | 'EDIT';
  @Column('text') reason!: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
