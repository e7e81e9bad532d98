import { Module } from '@nestjs/common';
import { PersonRecordsService } from './services/person-records.service';
import { PersonTransferService } from './services/person-transfer.service';

/** Person records as the engine reads and writes them (facts, membership effects, transfers between units); no HTTP. */
@Module({ providers: [PersonRecordsService, PersonTransferService], exports: [PersonRecordsService, PersonTransferService] })
export class PeopleCoreModule {}
