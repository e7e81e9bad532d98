// Placeholder until the vote view is built.
export default function VotePreview(_props: { caseId: string; eventType: string; payload: unknown }) {
  return null;
}
