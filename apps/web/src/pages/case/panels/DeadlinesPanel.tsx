// Placeholder until this panel is built.
import type { Schemas } from '../../../api/client';

export default function DeadlinesPanel(_props: { caseView: Schemas['CaseViewResponse'] }) {
  return null;
}
