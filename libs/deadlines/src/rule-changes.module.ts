import { Module } from '@nestjs/common';
import { DeadlinesCoreModule } from './deadlines-core.module';
import { LegalInstrumentService } from './services/legal-instrument.service';
import { RuleChangeSetService } from './services/rule-change-set.service';
import { RuleImpactService } from './services/rule-impact.service';
import { RuleVersionService } from './services/rule-version.service';

/**
 * Changing the law as data without HTTP: the instrument register, general rule versions with their impact on open
 * deadlines, and change sets. Used by the API (DeadlinesModule) and by `npm run rules:apply`.
 */
@Module({
  imports: [DeadlinesCoreModule],
  providers: [LegalInstrumentService, RuleImpactService, RuleVersionService, RuleChangeSetService],
  exports: [LegalInstrumentService, RuleImpactService, RuleVersionService, RuleChangeSetService],
})
export class RuleChangesModule {}
