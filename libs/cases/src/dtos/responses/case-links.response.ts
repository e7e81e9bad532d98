import { ApiProperty } from '@nestjs/swagger';
import { LinkedCaseResponse } from './linked-case.response';

/** Vụ việc đã mở vụ việc này và các vụ việc nó đã mở (documentation only: the service builds the answer). */
export class CaseLinksResponse {
  @ApiProperty({ type: () => LinkedCaseResponse, nullable: true })
  parent!: LinkedCaseResponse | null;

  @ApiProperty({ type: () => LinkedCaseResponse, isArray: true })
  children!: LinkedCaseResponse[];
}
