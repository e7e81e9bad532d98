import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { PeopleController } from './controllers/people.controller';
import { PeopleCoreModule } from './people-core.module';
import { PersonDirectoryService } from './services/person-directory.service';

@Module({
  imports: [AccessModule, PeopleCoreModule],
  controllers: [PeopleController],
  providers: [PersonDirectoryService],
})
export class PeopleModule {}
