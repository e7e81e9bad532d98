import type { RJSFValidationError } from '@rjsf/utils';
import { i18n } from '../../i18n';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { makeTransformErrors, serverFieldErrors, withoutEdited } from './errors';
import { humaniseKey, prepareSchema } from './prepareSchema';

const t = i18n.t.bind(i18n);
const one = (name: string, params: Record<string, unknown> = {}, property = '.title'): RJSFValidationError => ({
  name,
  params,
  property,
  message: 'english',
  stack: 'english',
  title: 'Tiêu đề',
});
const translate = (e: RJSFValidationError) => makeTransformErrors(t)([e])[0];

describe('transformErrors', () => {
  it.each([
    ['required', { missingProperty: 'title' }, 'Bắt buộc phải nhập.'],
    ['minLength', { limit: 3 }, 'Cần ít nhất 3 ký tự.'],
    ['minLength', { limit: 1 }, 'Bắt buộc phải nhập.'],
    ['maxLength', { limit: 300 }, 'Không được quá 300 ký tự.'],
    ['format', { format: 'date' }, 'Ngày không hợp lệ: hãy nhập theo dạng dd/MM/yyyy.'],
    ['format', { format: 'date-time' }, 'Ngày giờ không hợp lệ: hãy nhập theo dạng dd/MM/yyyy HH:mm.'],
    ['format', { format: 'email' }, 'Địa chỉ thư điện tử không hợp lệ.'],
    ['enum', { allowedValues: ['A', 'B'] }, 'Hãy chọn một giá trị trong danh sách.'],
    ['minimum', { limit: 1, comparison: '>=' }, 'Giá trị phải từ 1 trở lên.'],
    ['maximum', { limit: 10, comparison: '<=' }, 'Giá trị không được lớn hơn 10.'],
    ['type', { type: 'integer' }, 'Sai kiểu dữ liệu: cần số nguyên.'],
    ['type', { type: ['string', 'null'] }, 'Sai kiểu dữ liệu: cần văn bản.'],
    ['somethingNew', {}, 'Giá trị không hợp lệ.'],
  ])('%s %j → %s', (name, params, expected) => {
    const e = translate(one(name, params));
    expect(e.message).toBe(expected);
    expect(e.stack).toBe(`Tiêu đề: ${expected}`);
  });

  it('drops the oneOf summary when the field already has a precise message', () => {
    const out = makeTransformErrors(t)([one('format', { format: 'date' }), one('oneOf', { passingSchemas: null })]);
    expect(out.map((e) => e.name)).toEqual(['format']);
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    try {
      expect(translate(one('maxLength', { limit: 5 })).message).toBe('At most 5 characters.');
    } finally {
      await i18n.changeLanguage('vi');
    }
  });
});

describe('server field errors', () => {
  const { schema } = prepareSchema({
    type: 'object',
    properties: { title: { type: 'string' }, subject: { type: 'object', properties: { name: { type: 'string' } } } },
  });
  const refusal = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', {
    fields: [
      { field: 'subject.name', message: 'quá ngắn' },
      { field: 'payload.title', message: 'phải là chuỗi' },
      { field: 'reporter.name', message: 'quá ngắn' },
    ],
  });

  it('places each under its field (with or without the body wrapper), the rest apart', () => {
    const out = serverFieldErrors(schema, refusal);
    expect(out.errorSchema).toEqual({ subject: { name: { __errors: ['Quá ngắn'] } }, title: { __errors: ['Phải là chuỗi'] } });
    expect(out.unmatched).toEqual([{ field: 'reporter.name', message: 'quá ngắn' }]);
  });

  it('forgets the message of a field once it is edited', () => {
    const out = serverFieldErrors(schema, refusal);
    const before = { title: 1, subject: { name: 'A' } };
    expect(withoutEdited(out, before, { title: 1, subject: { name: 'An' } })).toEqual({ subject: { name: {} }, title: { __errors: ['Phải là chuỗi'] } });
  });

  it('has nothing to place for a refusal that is not about fields', () => {
    const out = serverFieldErrors(schema, new ApiError(409, 'VERSION_CONFLICT', 'Vụ việc đã thay đổi.'));
    expect(out).toEqual({ errorSchema: {}, unmatched: [], paths: [] });
  });
});

describe('prepareSchema', () => {
  it('makes a readable title from a key', () => {
    expect(humaniseKey('receivedAt')).toBe('Received at');
    expect(humaniseKey('front_supervision')).toBe('Front supervision');
  });

  it('takes value labels from x-enumLabels and drops null from the offered values', () => {
    const { schema, uiSchema } = prepareSchema({
      type: 'object',
      properties: { source: { type: ['string', 'null'], enum: ['PRESS', null], 'x-enumLabels': { PRESS: 'Báo chí' } } },
    });
    expect((schema.properties!.source as { enum: unknown[] }).enum).toEqual(['PRESS']);
    expect(uiSchema.source).toEqual({ 'ui:enumNames': { PRESS: 'Báo chí' } });
  });

  it('turns "a date or a date-time" into one date field, keeping null when allowed', () => {
    const { schema, uiSchema } = prepareSchema({
      type: 'object',
      properties: { at: { oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }, { type: 'null' }] } },
    });
    expect(schema.properties!.at).toEqual({ type: ['string', 'null'], format: 'date', title: 'At' });
    expect(uiSchema.at).toEqual({ 'ui:widget': 'viDate' });
  });

  it('passes on ui: hints the schema carries', () => {
    const { schema, uiSchema } = prepareSchema({ type: 'object', properties: { note: { type: 'string', 'ui:widget': 'textarea' } } });
    expect(uiSchema.note).toEqual({ 'ui:widget': 'textarea' });
    expect(schema.properties!.note).toEqual({ type: 'string', title: 'Note' });
  });
});
