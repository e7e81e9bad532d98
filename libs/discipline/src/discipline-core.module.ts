import { Module } from '@nestjs/common';
import { AuthorityResolverService } from './services/authority-resolver.service';

/** The discipline authority table as the engine reads it (facts for the discipline machine); no HTTP. */
@Module({ providers: [AuthorityResolverService], exports: [AuthorityResolverService] })
export class DisciplineCoreModule {}
