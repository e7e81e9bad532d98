import { AsyncLocalStorage } from 'node:async_hooks';

/** What a log line may say about the request it was written in: identifiers only, never names or contents. */
export interface RequestContext {
  correlationId?: string;
  userId?: string;
  caseId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (and everything it starts) with `context` attached to every log line written meanwhile. */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run({ ...context }, fn);
}

/** The context of the current request, if any (mutable: the user and case are known only after routing). */
export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Attaches the authenticated user's id (and nothing else of the user) and the case the route is about. */
export function identifyRequest(user: { id?: unknown } | undefined, caseId: string | undefined): void {
  const store = storage.getStore();
  if (!store) return;
  if (typeof user?.id === 'string') store.userId = user.id;
  if (caseId) store.caseId = caseId;
}
