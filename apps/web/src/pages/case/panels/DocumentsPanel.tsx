// Placeholder until this panel is built.
import type { Schemas } from '../../../api/client';

export default function DocumentsPanel(_props: { caseView: Schemas['CaseViewResponse'] }) {
  return null;
}
