// Requests for every operation of docs/openapi.json (issue 14): path and query parameters, headers and JSON bodies
// made from the document's own schemas, with hostile values mixed in (see fuzz-values.ts), sent as one of several
// roles. Shared by the e2e fuzz (test/e2e/fuzz.e2e.spec.ts) and the long run (test/bench/fuzz.ts).
import fc from 'fast-check';
import { hostileString, hugeString, objectFor, valueFor, type Pools, type Schema, type ValueOptions } from './fuzz-values';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** `POST /cases/{id}/events` */
  name: string;
  /** The document's operationId, e.g. `LegalTime_change`. */
  id?: string;
  params: { in: 'path' | 'query' | 'header'; name: string; required: boolean; schema: Schema }[];
  body?: Schema;
}

export interface FuzzRequest {
  op: string;
  method: Operation['method'];
  url: string;
  role: string;
  headers: Record<string, string>;
  /** A JSON value to serialise, or raw bytes. */
  body?: { json: unknown } | { raw: string | Buffer };
}

/** Every operation in the document, in its order. */
export function operations(doc: OpenApiDoc): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const json = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method as Operation['method'],
        path,
        name: `${method.toUpperCase()} ${path}`,
        id: op.operationId,
        params: (op.parameters ?? []).map((p) => ({ in: p.in, name: p.name, required: !!p.required, schema: p.schema ?? {} })),
        body: json,
      });
    }
  }
  return out;
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, { operationId?: string; parameters?: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema?: Schema }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/** `$ref` and a lone `allOf` (how the document wraps a described reference) resolved. */
export function resolver(doc: OpenApiDoc): (s: Schema) => Schema {
  const resolve = (s: Schema): Schema => {
    if (typeof s.$ref === 'string') return resolve(doc.components.schemas[s.$ref.split('/').pop()!] ?? {});
    if (Array.isArray(s.allOf) && s.allOf.length === 1) return { ...resolve(s.allOf[0] as Schema), ...s, allOf: undefined };
    return s;
  };
  return resolve;
}

export interface FuzzWorld {
  doc: OpenApiDoc;
  /** Role name → Authorization header value ('' for anonymous). Read at send time: a logout renews it. */
  auth: Record<string, string>;
  /** Path parameter values by `<path>:<param>` or by parameter name; body and query fields by name. */
  pathPools: Record<string, string[]>;
  pools: Pools;
}

const GARBAGE_AUTH = ['Bearer not-a-token', 'Bearer aaaa.bbbb.cccc', 'Basic YWRtaW46YWRtaW4=', 'Bearer ', 'bearer \u00ff\u00fe'];
const CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16le', 'multipart/form-data', 'application/xml', 'application/json-patch+json', 'application/vnd.api+json', ''];
const RAW_BODIES: (string | Buffer)[] = [
  '{"unterminated": ',
  '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}',
  'null',
  '1',
  '"text"',
  '\uFEFF{}',
  Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  Buffer.concat([Buffer.from('{"type":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","title":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
  '{"a":1,"a":2}',
  '[' .repeat(5000),
];
/** Header values Node can send (latin-1 without control characters). */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 40 });
const IF_MATCH = ['"1"', '1', 'W/"1"', '*', '"-1"', '"1e9"', '"abc"', '99999999999999999999', '', '"1", "2"', '"0x10"'];

/** `arb` in `present` of `present + absent` draws, else null. */
const maybe = <T>(arb: fc.Arbitrary<T>, present: number, absent: number) =>
  fc.oneof({ weight: present, arbitrary: arb as fc.Arbitrary<T | null> }, { weight: absent, arbitrary: fc.constant(null) });
/** Percent-encoded; a lone surrogate (which encodeURIComponent refuses) goes as its WTF-8 bytes, e.g. %ED%A0%80. */
function encode(v: unknown): string {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|[^]/g, (c) => {
    if (c.length === 2 || c.charCodeAt(0) < 0xd800 || c.charCodeAt(0) > 0xdfff) return encodeURIComponent(c);
    const u = c.charCodeAt(0);
    return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  });
}

/** One request to `op`, as one of `roles`. */
export function requestArb(op: Operation, world: FuzzWorld, roles: string[]): fc.Arbitrary<FuzzRequest> {
  const o: ValueOptions = { resolve: resolver(world.doc), pools: world.pools };
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const pathArbs = pathParams.map((p) => {
    const pool = world.pathPools[`${op.path}:${p.name}`] ?? world.pathPools[p.name] ?? [];
    return fc.oneof(
      { weight: 5, arbitrary: pool.length ? fc.constantFrom(...pool).map(encode) : fc.uuid() },
      { weight: 2, arbitrary: hostileString.map(encode) },
      // Sent as typed: broken percent-escapes and encoded traversal reach the router undecoded.
      { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', '%00', '%C0%AF', '%ED%A0%80', 'a%2Fb') },
    );
  });
  const queryArb = fc
    .tuple(
      fc.tuple(...queryParams.map((p) => maybe(valueFor(p.schema, p.name, o), p.required ? 7 : 1, 1).map((v) => [p.name, v] as const))),
      fc.array(fc.tuple(fc.constantFrom('page', 'pageSize', 'q', 'unitId', 'from', 'x', '__proto__', 'page[$gt]', 'pageSize[]'), hostileString), { maxLength: 2 }),
    )
    .map(([declared, extra]) => {
      const parts: string[] = [];
      for (const [k, v] of declared) {
        if (v === null) continue;
        if (Array.isArray(v)) parts.push(...v.slice(0, 5).map((x) => `${k}=${encode(x)}`));
        else if (v && typeof v === 'object') parts.push(`${k}[$ne]=${encode(Object.keys(v)[0] ?? '')}`);
        else parts.push(`${k}=${encode(v)}`);
      }
      for (const [k, v] of extra) parts.push(`${k}=${encode(v)}`);
      return parts.length ? `?${parts.join('&')}` : '';
    });
  const declaresHeader = (n: string) => op.params.some((p) => p.in === 'header' && p.name === n);
  const headersArb = fc
    .record(
      {
        idem: maybe(fc.oneof(fc.uuid(), headerText, hugeString([199, 200, 201, 4_000]).map((s) => s.replace(/[^\x20-\x7e]/g, 'k'))), 1, declaresHeader('Idempotency-Key') ? 1 : 6),
        ifMatch: maybe(fc.oneof(fc.constantFrom(...IF_MATCH), headerText), 1, declaresHeader('If-Match') ? 1 : 6),
        requestId: maybe(headerText, 1, 6),
        accept: maybe(fc.constantFrom('application/xml', '*/*', 'text/html', '\u00ff'), 1, 5),
      },
    )
    .map((h) => {
      const out: Record<string, string> = {};
      if (h.idem != null) out['Idempotency-Key'] = h.idem;
      if (h.ifMatch != null) out['If-Match'] = h.ifMatch;
      if (h.requestId != null) out['X-Request-Id'] = h.requestId;
      if (h.accept != null) out.Accept = h.accept;
      return out;
    });
  const roleArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...roles) }, { weight: 1, arbitrary: fc.constantFrom(...GARBAGE_AUTH.map((g) => `garbage:${g}`)) });
  const sendsBody = op.method !== 'get' && op.method !== 'delete';
  const bodyArb: fc.Arbitrary<{ body?: FuzzRequest['body']; contentType?: string }> = sendsBody
    ? fc.oneof(
        { weight: 8, arbitrary: (op.body ? objectFor(o.resolve(op.body), 'body', o) : fc.constant({})).map((json) => ({ body: { json }, contentType: 'application/json' })) },
        { weight: 1, arbitrary: valueFor({}, 'body', o).map((json) => ({ body: { json }, contentType: 'application/json' })) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...RAW_BODIES), fc.constantFrom('application/json', ...CONTENT_TYPES)).map(([raw, contentType]) => ({ body: { raw }, contentType })) },
        { weight: 1, arbitrary: fc.tuple(op.body ? objectFor(o.resolve(op.body), 'body', o) : fc.constant({}), fc.constantFrom(...CONTENT_TYPES)).map(([json, contentType]) => ({ body: { raw: JSON.stringify(json) }, contentType })) },
        { weight: 1, arbitrary: fc.constant({}) },
      )
    : fc.oneof({ weight: 9, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constant({ body: { raw: '{"x":1}' }, contentType: 'application/json' }) });

  return fc.tuple(fc.tuple(...pathArbs), queryArb, headersArb, roleArb, bodyArb).map(([pathValues, query, headers, role, b]) => {
    let i = 0;
    const url = op.path.replace(/\{(\w+)\}/g, () => pathValues[i++]) + query;
    const all = { ...headers };
    if (b.contentType !== undefined && b.contentType !== '') all['Content-Type'] = b.contentType;
    const req: FuzzRequest = { op: op.name, method: op.method, url, role, headers: all, body: b.body };
    // fast-check prints counterexamples with this: long strings shortened, so a minimised failure stays readable.
    Object.defineProperty(req, fc.toStringMethod, { value: () => describeRequest(req), enumerable: false });
    return req;
  });
}

/** The bytes `send` puts on the wire: JSON serialised here, since supertest would not send a bare number, string or null. */
export function serialiseBody(r: FuzzRequest): string | Buffer | undefined {
  if (!r.body) return undefined;
  return 'json' in r.body ? (JSON.stringify(r.body.json) ?? '') : r.body.raw;
}

const short = (s: string) => (s.length > 160 ? `${s.slice(0, 120)}…(${s.length} chars)` : s);

/** A request as one readable line (bodies and strings cut), for failure messages and the long run's report. */
export function describeRequest(r: FuzzRequest): string {
  const body = r.body === undefined ? '' : 'json' in r.body ? ` body=${short(JSON.stringify(r.body.json) ?? 'undefined')}` : ` raw=${short(JSON.stringify(r.body.raw.toString('latin1')))}`;
  return `${r.method.toUpperCase()} ${short(r.url)} as ${r.role} headers=${short(JSON.stringify(r.headers))}${body}`;
}
