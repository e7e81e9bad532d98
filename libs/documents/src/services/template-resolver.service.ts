import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { viDate } from '@hoso/kernel/legal-time';
import { DocumentTemplateRepository, type TemplateRow } from '../repositories/document-template.repository';

export type ResolvedTemplate = TemplateRow & { why: string };

function period(t: TemplateRow): string {
  return `hiệu lực từ ${viDate(t.effectiveFrom)}${t.effectiveTo ? ` đến hết ngày trước ${viDate(t.effectiveTo)}` : ''}`;
}

/**
 * The template version for a key, a unit and a date (the document's date), as rules resolve (libs/deadlines
 * RuleResolverService): the general version in force on that date, unless a unit at or above the case's unit has an
 * override in force made for it — set on or after that general version's start. The nearest unit's override wins; an
 * override older than the general version in force has lapsed (the general template changed since) and is said so.
 */
@Injectable()
export class TemplateResolverService {
  constructor(private readonly repo: DocumentTemplateRepository) {}

  async resolve(m: EntityManager, key: string, unitPath: string | null, onDate: string): Promise<ResolvedTemplate | undefined> {
    const general = await this.repo.generalInForce(m, key, onDate);
    const overrides = unitPath ? await this.repo.overridesInForce(m, key, onDate, unitPath) : [];
    let lapsed: TemplateRow | undefined;
    for (const o of overrides) {
      if (!general || o.effectiveFrom >= general.effectiveFrom) {
        const base = general ? `thay cho mẫu chung phiên bản ${general.version} (${period(general)})` : 'không có mẫu chung cho ngày này';
        return { ...o, why: `Áp dụng mẫu riêng của ${o.unitName} (phiên bản ${o.version}, ${period(o)}; lý do: ${o.reason}) — ${base}.${lapsedNote(lapsed)}` };
      }
      lapsed ??= o;
    }
    if (!general) return undefined;
    return { ...general, why: `Áp dụng mẫu chung phiên bản ${general.version} (${period(general)}).${lapsedNote(lapsed)}` };
  }
}

function lapsedNote(o: TemplateRow | undefined): string {
  if (!o) return '';
  return ` Mẫu riêng của ${o.unitName} từ ${viDate(o.effectiveFrom)} không còn áp dụng vì mẫu chung đã có phiên bản mới sau đó; đơn vị cần tải lên lại nếu muốn giữ.`;
}
