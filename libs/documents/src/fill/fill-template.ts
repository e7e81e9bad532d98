import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import type { Fields } from './field-values';

/** What an empty field prints: a dotted line to fill in by hand on the draft. */
export const BLANK = '…………';

const OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  // Template errors reach the caller as TEMPLATE_INVALID with the tag named; the library need not print them too.
  errorLogging: false,
  // A field without a value prints as a blank to fill in; a repeated block without items disappears.
  nullGetter: (part: { module?: string }) => (part.module ? '' : BLANK),
};

/** The template's fields filled in: the same package with its text replaced (a DOCX that opens in Word). */
export function fillDocx(template: Buffer, data: Fields): Buffer {
  const doc = new Docxtemplater(new PizZip(template), OPTIONS);
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** One problem of a template's tags, by tag. */
export interface TagProblem {
  tag: string;
  message: string;
}

const TAG_ERRORS: Record<string, (tag: string) => string> = {
  unopened_tag: (t) => `thẻ "${t}" thiếu dấu mở "{"`,
  unclosed_tag: (t) => `thẻ "${t}" thiếu dấu đóng "}"`,
  duplicate_open_tag: (t) => `thẻ "${t}" có hai dấu mở "{" liền nhau`,
  duplicate_close_tag: (t) => `thẻ "${t}" có hai dấu đóng "}" liền nhau`,
  closing_tag_does_not_match_opening_tag: (t) => `khối lặp "${t}" đóng không khớp với khối đã mở`,
  unclosed_loop: (t) => `khối lặp "{#${t}}" chưa có thẻ đóng "{/${t}}"`,
  unopened_loop: (t) => `thẻ đóng "{/${t}}" không có khối lặp mở tương ứng`,
  raw_xml_tag_should_be_only_text_in_paragraph: (t) => `thẻ "${t}" phải đứng riêng trong đoạn văn`,
};

interface TemplateErrorLike {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: TemplateErrorLike[] };
  message?: string;
}

function problemsOf(e: TemplateErrorLike): TagProblem[] {
  const errors = e.properties?.errors ?? [e];
  return errors.map((x) => {
    const tag = x.properties?.xtag ?? '';
    const id = x.properties?.id ?? '';
    return { tag, message: TAG_ERRORS[id]?.(tag) ?? `thẻ "${tag}" không hợp lệ (${x.properties?.explanation ?? x.message ?? id})` };
  });
}

/**
 * The tags of a template, or what is wrong with them: a tag that docxtemplater cannot parse (unclosed, unopened, a
 * loop not closed), or one that is not among `known` fields. Never renders anything.
 */
export function checkTags(template: Buffer, known: ReadonlySet<string>): { problems: TagProblem[]; tags: string[] } {
  const inspect = new InspectModule();
  try {
    new Docxtemplater(new PizZip(template), { ...OPTIONS, modules: [inspect] });
  } catch (e) {
    return { problems: problemsOf(e as TemplateErrorLike), tags: [] };
  }
  const tags = new Set<string>();
  const walk = (o: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(o)) {
      if (k !== '.') tags.add(k);
      if (v && typeof v === 'object') walk(v as Record<string, unknown>);
    }
  };
  walk(inspect.getAllTags());
  const problems = [...tags].filter((t) => !known.has(t)).map((tag) => ({ tag, message: `trường "{${tag}}" không có trong danh sách trường của mẫu này` }));
  return { problems, tags: [...tags].sort() };
}
