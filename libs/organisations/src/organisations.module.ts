import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { OrganisationsController } from './controllers/organisations.controller';
import { OrganisationsCoreModule } from './organisations-core.module';
import { OrgRepairService } from './services/org-repair.service';
import { OrgTreeQueryService } from './services/org-tree-query.service';

/** The organisation tree over HTTP: the tree as of a day, a unit's history, the changes applied, direct repair. */
@Module({
  imports: [AccessModule, OrganisationsCoreModule],
  controllers: [OrganisationsController],
  providers: [OrgTreeQueryService, OrgRepairService],
})
export class OrganisationsModule {}
