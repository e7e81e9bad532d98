import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { DeadlinesCoreModule } from '@hoso/deadlines/deadlines-core.module';
import { DisciplineAuthorityController } from './controllers/discipline-authority.controller';
import { DisciplineCoreModule } from './discipline-core.module';
import { AuthorityAdminService } from './services/authority-admin.service';

@Module({
  imports: [AccessModule, DeadlinesCoreModule, DisciplineCoreModule],
  controllers: [DisciplineAuthorityController],
  providers: [AuthorityAdminService],
})
export class DisciplineModule {}
