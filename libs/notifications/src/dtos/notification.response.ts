import { ApiProperty } from '@nestjs/swagger';
import { DeliveryResponse } from './delivery.response';

/** Một thông báo (documentation only: the service builds the answer). */
export class NotificationResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String })
  body!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: string | null;

  @ApiProperty({ type: () => DeliveryResponse, isArray: true })
  deliveries!: DeliveryResponse[];
}
