// Checks on what a client sends, made before the validation pipe sees it: class-transformer recurses once per level
// (a few thousand levels overflow the stack) and PostgreSQL refuses NUL and lone surrogates (22P02, or a silent
// U+FFFD in text columns). Every check here is iterative, so hostile input cannot overflow it either.

/** Deepest nesting of objects and arrays a JSON body may have; the procedures' payloads need fewer than ten. */
export const MAX_JSON_DEPTH = 64;

/** `invalidUnicode`: a lone UTF-16 surrogate in a string, or percent-escapes that are not UTF-8 in a URL. */
export type InputProblem = { kind: 'tooDeep' } | { kind: 'nul' | 'invalidUnicode'; field: string };

// With the `u` flag a surrogate class matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** The problem of one string, if any. */
export function stringProblem(s: string): 'nul' | 'invalidUnicode' | undefined {
  if (s.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(s)) return 'invalidUnicode';
  return undefined;
}

interface Frame {
  value: unknown;
  depth: number;
  parent?: Frame;
  key?: string;
}

/** `payload.members.0.name`, as the validation pipe names fields; built only when a problem is found. */
function fieldOf(frame: Frame, lastKey?: string): string {
  const parts: string[] = lastKey === undefined ? [] : [lastKey];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) parts.push(f.key);
  // A key may itself be the bad string: it is named with its bad characters replaced.
  const name = parts.reverse().map((p) => p.replace(/\u0000/g, '\uFFFD').replace(/[\uD800-\uDFFF]/gu, '\uFFFD')).join('.');
  return name === '' ? 'body' : name.slice(0, 200);
}

/**
 * The first problem of a parsed JSON value, walked depth-first without recursion: nesting deeper than `maxDepth`
 * objects/arrays, or a NUL character or lone UTF-16 surrogate in any string value or object key.
 */
export function findInputProblem(root: unknown, maxDepth = MAX_JSON_DEPTH): InputProblem | undefined {
  const stack: Frame[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value === 'string') {
      const kind = stringProblem(value);
      if (kind) return { kind, field: fieldOf(frame) };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const depth = frame.depth + 1;
    if (depth > maxDepth) return { kind: 'tooDeep' };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth, parent: frame, key: String(i) });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const kind = stringProblem(key);
      if (kind) return { kind, field: fieldOf(frame, key) };
      stack.push({ value: (value as Record<string, unknown>)[key], depth, parent: frame, key });
    }
  }
  return undefined;
}

/**
 * The first problem of a raw URL (path and query string, still percent-encoded): a NUL, or percent-escapes that
 * are not UTF-8 (`%ED%A0%80` is a lone surrogate, which the query parser would turn into U+FFFD unseen). Malformed
 * escapes (`100%`) are left to the router and the query parser, as before. `field` is the query key, else `query`
 * or `path`.
 */
export function findUrlProblem(url: string): Exclude<InputProblem, { kind: 'tooDeep' }> | undefined {
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const query = at < 0 ? '' : url.slice(at + 1);
  const pathKind = encodedProblem(path);
  if (pathKind) return { kind: pathKind, field: 'path' };
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const kind = encodedProblem(rawKey) ?? encodedProblem(eq < 0 ? '' : pair.slice(eq + 1));
    if (kind) return { kind, field: encodedProblem(rawKey) ? 'query' : safeDecode(rawKey) };
  }
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `nul` for a NUL (raw or `%00`), `invalidUnicode` for a run of escapes that is not UTF-8. */
function encodedProblem(s: string): 'nul' | 'invalidUnicode' | undefined {
  if (s.includes('\u0000') || /%00/.test(s)) return 'nul';
  for (const run of s.match(/(?:%[0-9A-Fa-f]{2})+/g) ?? []) {
    const bytes = Uint8Array.from(run.slice(1).split('%'), (h) => parseInt(h, 16));
    try {
      UTF8.decode(bytes);
    } catch {
      return 'invalidUnicode';
    }
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' ')).slice(0, 200);
  } catch {
    return 'query';
  }
}
