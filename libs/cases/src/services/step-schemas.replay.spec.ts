import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { defaultProcedures, type PayloadClass } from '@hoso/workflows';
import { announced, refusals } from '../../../../test/support/schema-agreement';
import type { Schema } from '../../../../test/support/schema-samples';
import { EXTENSION_KEYWORDS } from './step-schemas';
import { describeVersion } from './step-schemas.service';

// The published schemas against the payloads the machine specs really send: the engine is wrapped to record every
// case input (startCase) and event payload (applyEvent), every workflows/**/*.machine.spec.ts runs inside this file,
// and then each recorded payload must be judged alike by ajv on the published schema and by validatePayload on the DTO.

/** One payload as a machine spec sent it, JSON round-tripped (what would travel over HTTP). */
interface Sent {
  id: string;
  version: number;
  /** The event type, or INPUT for a case's input. */
  type: string;
  payload: unknown;
}
interface Recorder {
  sent: Sent[];
}

// Self-contained: @hoso/workflows re-exports the engine, so this factory runs while the imports above load.
jest.mock('../../../../workflows/shared/engine', () => {
  const actual = jest.requireActual<typeof import('../../../../workflows/shared/engine')>('../../../../workflows/shared/engine');
  const sent: Sent[] = [];
  const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  return {
    ...actual,
    sent,
    startCase: (def: Parameters<typeof actual.startCase>[0], input: unknown) => {
      sent.push({ id: def.id, version: def.version, type: '(input)', payload: plain(input) });
      return actual.startCase(def, input);
    },
    applyEvent: (...args: Parameters<typeof actual.applyEvent>) => {
      const [def, , event] = args;
      sent.push({ id: def.id, version: def.version, type: event.type, payload: plain(event.payload) });
      return actual.applyEvent(...args);
    },
  };
});

const INPUT = '(input)';
const WORKFLOWS = path.resolve(__dirname, '../../../../workflows');

function machineSpecs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? machineSpecs(path.join(dir, e.name)) : e.name.endsWith('.machine.spec.ts') ? [path.join(dir, e.name)] : []))
    .sort();
}

const specFiles = machineSpecs(WORKFLOWS);
// Their describe/it blocks register here, and run (recording) before the describe below.
for (const file of specFiles) require(file);

const recorder = jest.requireMock<Recorder>('../../../../workflows/shared/engine');

const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv);
ajv.addVocabulary([...EXTENSION_KEYWORDS]);

/** Published schema and DTO of each step, by `id@version` then event type (INPUT for the case input). */
const published = new Map(
  defaultProcedures().map((def) => {
    const d = describeVersion(def);
    const steps = new Map<string, { cls: PayloadClass | undefined; schema: Schema }>([[INPUT, { cls: def.input, schema: d.input as Schema }]]);
    for (const e of d.events) steps.set(e.type, { cls: def.events[e.type].payload, schema: e.payload as Schema });
    return [`${def.id}@${def.version}`, steps] as const;
  }),
);

/** The dotted field an ajv error is about (`/members/0` + missing `id` → `members.0.id`). */
function errorField(e: ErrorObject): string {
  const parts = e.instancePath.split('/').filter(Boolean);
  const p = e.params as { missingProperty?: string; additionalProperty?: string };
  const child = p.missingProperty ?? p.additionalProperty;
  return [...parts, ...(child === undefined ? [] : [child])].join('.');
}

interface Verdict {
  sent: Sent;
  schemaAccepts: boolean;
  dtoAccepts: boolean;
  /** Why they disagree beyond what the schema announces; empty when they agree. */
  mismatch?: string;
}

async function judge(sent: Sent): Promise<Verdict | undefined> {
  const step = published.get(`${sent.id}@${sent.version}`)?.get(sent.type);
  if (!step) return undefined;
  // The server validates a missing payload as {} (validatePayload), so the schema is asked about the same value.
  const value = sent.payload ?? {};
  const validate = ajv.compile(step.schema);
  const schemaAccepts = validate(value) === true;
  const refused = await refusals(step.cls, value);
  const verdict: Verdict = { sent, schemaAccepts, dtoAccepts: refused.length === 0 };
  if (schemaAccepts && refused.length > 0) {
    const unannounced = refused.filter((f) => !announced(step.schema, f));
    if (unannounced.length > 0) verdict.mismatch = `the schema accepts, the DTO refuses: ${JSON.stringify(unannounced)}`;
  }
  if (!schemaAccepts && refused.length === 0) {
    const errors = validate.errors ?? [];
    // A refusal with no error named cannot be an announced one.
    const unannounced = errors.length === 0 ? errors : errors.filter((e) => !announced(step.schema, { field: errorField(e) }));
    if (errors.length === 0 || unannounced.length > 0) verdict.mismatch = `the DTO accepts, the schema refuses: ${ajv.errorsText(unannounced)}`;
  }
  return verdict;
}

const versionKeys = [...published.keys()];
let verdicts: Verdict[] = [];
let unpublished: Sent[] = [];

describe('published step schemas judge the payloads the machine specs send as the DTOs do', () => {
  beforeAll(async () => {
    const unique = new Map<string, Sent>();
    for (const s of recorder.sent) unique.set(`${s.id}@${s.version} ${s.type} ${JSON.stringify(s.payload)}`, s);
    const judged = await Promise.all([...unique.values()].map(async (s) => ({ s, v: await judge(s) })));
    verdicts = judged.flatMap(({ v }) => (v ? [v] : []));
    unpublished = judged.flatMap(({ s, v }) => (v ? [] : [s]));
    const lines = versionKeys.map((k) => {
      const mine = verdicts.filter((v) => `${v.sent.id}@${v.sent.version}` === k);
      const types = new Set(mine.map((v) => v.sent.type));
      const silent = [...published.get(k)!.keys()].filter((t) => !types.has(t));
      return (
        `  ${k}: ${mine.length} payloads, the schema accepts ${mine.filter((v) => v.schemaAccepts).length} and refuses ${mine.filter((v) => !v.schemaAccepts).length}, ` +
        `the DTO accepts ${mine.filter((v) => v.dtoAccepts).length} and refuses ${mine.filter((v) => !v.dtoAccepts).length}` +
        `, ${types.size}/${published.get(k)!.size} steps${silent.length ? `; never sent: ${silent.join(', ')}` : ''}`
      );
    });
    console.log(
      [
        `Replayed ${verdicts.length} distinct payloads (${recorder.sent.length} recorded from ${specFiles.length} machine specs; ` +
          `${unpublished.length} distinct ones for an unregistered version or event, not replayed):`,
        ...lines,
        ...verdicts
          .filter((v) => v.schemaAccepts !== v.dtoAccepts && !v.mismatch)
          .map((v) => `  disagreement the schema announces: ${v.sent.id}@${v.sent.version} ${v.sent.type} ${JSON.stringify(v.sent.payload)}`),
        ...unpublished.map((s) => `  not replayed: ${s.id}@${s.version} ${s.type} ${JSON.stringify(s.payload)}`),
      ].join('\n'),
    );
  });

  it('found the machine specs and recorded what they sent', () => {
    expect(specFiles.length).toBeGreaterThanOrEqual(7);
    expect(recorder.sent.length).toBeGreaterThan(0);
    expect(verdicts.some((v) => v.schemaAccepts)).toBe(true);
  });

  it('recorded a case input and at least one event payload for every registered procedure version', () => {
    const missing = versionKeys.flatMap((k) => {
      const types = new Set(verdicts.filter((v) => `${v.sent.id}@${v.sent.version}` === k).map((v) => v.sent.type));
      return [...(types.has(INPUT) ? [] : [`${k} input`]), ...([...types].some((t) => t !== INPUT) ? [] : [`${k} events`])];
    });
    expect(missing).toEqual([]);
  });

  it.each(versionKeys)('%s: every payload sent is accepted by both or refused by both', (k) => {
    const mine = verdicts.filter((v) => `${v.sent.id}@${v.sent.version}` === k);
    expect(mine.length).toBeGreaterThan(0);
    const mismatches = mine.filter((v) => v.mismatch).map((v) => `${v.sent.type} ${JSON.stringify(v.sent.payload)}: ${v.mismatch}`);
    expect(mismatches).toEqual([]);
  });
});
