import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export const NOTIFICATION_CHANNELS = ['EMAIL', 'WEBHOOK'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

export const DELIVERY_STATUSES = ['PENDING', 'QUEUED', 'SENT', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One notification sent over one outside channel (e-mail, webhook). Written with the notification in the same
 * transaction, relayed to the queue by the worker, retried with backoff; a failing channel never touches the
 * notification itself. `last_error` is a short message without secrets.
 */
@Entity({ name: 'notification_delivery' })
@Unique('uq_notification_delivery_channel', ['notificationId', 'channel'])
@Index('ix_notification_delivery_open', ['updatedAt'], { where: `status IN ('PENDING', 'QUEUED')` })
export class NotificationDeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'notification_id' }) notificationId!: string;
  @ManyToOne(() => NotificationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'notification_id' }) notification?: NotificationEntity;
  @Column('varchar', { length: 16 }) channel!: NotificationChannelName;
  @Column('varchar', { length: 16, default: 'PENDING' }) status!: DeliveryStatus;
  @Column('int', { default: 0 }) attempts!: number;
  // How many times a person asked to send it again after it was given up: part of its job id, so a retry is a new job.
  @Column('int', { default: 0 }) retries!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
