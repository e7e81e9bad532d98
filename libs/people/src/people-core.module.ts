import { Module } from '@nestjs/common';
import { PersonRecordsService } from './services/person-records.service';

/** Person records as the engine reads and writes them (facts, membership effects); no HTTP. */
@Module({ providers: [PersonRecordsService], exports: [PersonRecordsService] })
export class PeopleCoreModule {}
