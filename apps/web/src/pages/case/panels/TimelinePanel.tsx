// The case's timeline panel: the shared Timeline component with this case's procedure schemas, unit names and
// deadline names; verification and exports for auditors and secretaries.
import type { Schemas } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { Timeline } from '../../../components/timeline/Timeline';
import { useProcedureVersion, useUnitNames } from '../useCaseData';
import { useRuleDescriptions } from './queries';

export default function TimelinePanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { hasRole } = useAuth();
  const procedure = useProcedureVersion(caseView.procedureId, caseView.machineVersion);
  const units = useUnitNames();
  const rules = useRuleDescriptions();
  const deadlineNames = Object.fromEntries(caseView.deadlines.map((d) => [d.key, rules.data?.[d.ruleKey] ?? d.key]));
  return (
    <Timeline
      caseId={caseView.id}
      version={caseView.version}
      procedureVersions={{ [caseView.machineVersion]: procedure.data }}
      canAudit={hasRole('AUDITOR', 'SECRETARY')}
      names={units.data}
      deadlineNames={deadlineNames}
    />
  );
}
