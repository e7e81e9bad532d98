import { DynamicModule, Module, type Type } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { PeopleController } from './controllers/people.controller';
import { PeopleCoreModule } from './people-core.module';
import { PersonDirectoryService } from './services/person-directory.service';

/** Person records over HTTP. */
@Module({})
export class PeopleModule {
  /** `personCases` is the module that exports PERSON_CASES (the cases library): a person's record lists their cases. */
  static register(personCases: Type | DynamicModule): DynamicModule {
    return {
      module: PeopleModule,
      imports: [AccessModule, PeopleCoreModule, personCases],
      controllers: [PeopleController],
      providers: [PersonDirectoryService],
    };
  }
}
