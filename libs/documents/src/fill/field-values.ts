import { vietnamDate, viDate } from '@hoso/kernel/legal-time';

/** A field's value: text, or a list a template repeats (`{#list}{.}{/list}`); undefined prints as a dotted blank. */
export type FieldValue = string | string[] | undefined;
export type Fields = Record<string, FieldValue>;

/** Each field a template may use, with what it holds (Vietnamese; shown to the office and in the docs). */
export type FieldDocs = Readonly<Record<string, string>>;

/** The value at a dotted path of a JSON object (`subject.name`), if any. */
export function at(o: unknown, path: string): unknown {
  let v: unknown = o;
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Trimmed text (a number as its digits); undefined when empty or not text. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** An ISO date or instant as a Vietnamese date (dd/MM/yyyy, the day in Vietnam). */
export function day(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  try {
    return viDate(vietnamDate(s));
  } catch {
    return undefined;
  }
}

/** The non-empty texts of a list. */
export function list(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map(text).filter((x): x is string => x !== undefined) : undefined;
}

/** A label used inside a sentence: its first letter in lower case ("Đảng viên chính thức" → "đảng viên chính thức"). */
export function inSentence(s: string | undefined): string | undefined {
  return s && s[0].toLocaleLowerCase('vi') + s.slice(1);
}

/** "Có" / "Không" for a yes/no fact. */
export function yesNo(v: unknown): string | undefined {
  return v === true ? 'Có' : v === false ? 'Không' : undefined;
}

/** A period "từ ngày … đến ngày …" (or "… đến nay" while it continues). */
export function period(from: unknown, until: unknown, continuing?: unknown): string | undefined {
  const a = day(from);
  if (!a) return undefined;
  const b = day(until);
  if (b) return `từ ngày ${a} đến ngày ${b}`;
  return continuing === true ? `từ ngày ${a} đến nay` : `ngày ${a}`;
}

/** The Vietnamese labels of coded values: the first map naming the code, a preferred map first. */
export class Labels {
  constructor(private readonly maps: readonly Readonly<Record<string, string>>[]) {}

  of(v: unknown, ...prefer: Readonly<Record<string, string>>[]): string | undefined {
    if (typeof v === 'boolean') return yesNo(v);
    const code = text(v);
    if (code === undefined) return undefined;
    for (const m of [...prefer, ...this.maps]) if (Object.prototype.hasOwnProperty.call(m, code)) return m[code];
    // Never a program's code in a document: a value without a label is left blank to fill by hand.
    return undefined;
  }
}
