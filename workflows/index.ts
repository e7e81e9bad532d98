export * from './shared/roles';
export * from './shared/effects';
export * from './shared/procedure';
export * from './shared/engine';
export * from './shared/state-path';
export * from './shared/version-migration';
export * from './registry';
export * from './shared/voting/roster';
export * from './shared/facts';
export * from './shared/org-change';
export * from './shared/child-case';
export * from './shared/refusal';
export * from './shared/voting/threshold';
export type { VoteProblem, VoteProblemCode } from './shared/voting/vote-problem';
export { checkQuorum, type QuorumCheck } from './shared/voting/quorum';
export * from './shared/voting/discipline-ballot';
export * from './shared/voting/expulsion';
export * from './shared/voting/yes-no';
export type {
  VotePreview, VotePreviewHook, VotePreviewInput, VotePreviewLine, VotePreviewProblem, VotePreviewQuorum,
} from './shared/voting/vote-preview';
export * from './shared/deadline-generations';
