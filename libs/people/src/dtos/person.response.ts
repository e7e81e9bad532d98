import { ApiProperty } from '@nestjs/swagger';
import { MembershipResponse } from './membership.response';
import { PersonCaseResponse } from './person-case.response';
import { PersonTransferResponse } from './person-transfer.response';

/** Hồ sơ cá nhân (documentation only: the service builds the answer). */
export class PersonResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  fullName!: string;

  @ApiProperty({ type: String, format: 'date' })
  dateOfBirth!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  partyAgeFrom!: string | null;

  @ApiProperty({ type: () => MembershipResponse, isArray: true })
  memberships!: MembershipResponse[];

  @ApiProperty({ type: () => PersonTransferResponse, isArray: true, description: 'Các lần chuyển sinh hoạt sang tổ chức khác' })
  transfers!: PersonTransferResponse[];

  @ApiProperty({ type: () => PersonCaseResponse, isArray: true })
  cases!: PersonCaseResponse[];

  @ApiProperty({ type: 'integer', description: 'Số vụ việc kết nạp' })
  admissionCases!: number;
}
