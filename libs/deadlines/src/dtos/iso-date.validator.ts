import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@hoso/kernel/legal-time';

/** A real calendar date written YYYY-MM-DD (30 February or month 13 are refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isDate', validator: { validate: (v: unknown) => isIsoDate(v) } }, options);
}
