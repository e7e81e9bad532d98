// Reading an event's payload by its type, and keeping payloads as plain data in a machine's context.

/**
 * `payloadOf(type, event)` for a machine's event union: the payload typed as that event's, or undefined when the
 * event is another one. One reader per machine: `const payloadOf = payloadReader<EventOrg>();`.
 */
export function payloadReader<E extends { type: string; payload?: unknown }>() {
  return <T extends E['type']>(type: T, event: E) =>
    (event.type === type ? event.payload : undefined) as Extract<E, { type: T }>['payload'];
}

/**
 * A payload as plain data (the DTO instances and undefined fields dropped), so the snapshot and a child case's input
 * are JSON.
 */
export const plainData = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
