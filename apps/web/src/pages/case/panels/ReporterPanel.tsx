// Placeholder until this panel is built.
import type { Schemas } from '../../../api/client';

export default function ReporterPanel(_props: { caseView: Schemas['CaseViewResponse'] }) {
  return null;
}
