import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The highest page number any listing accepts. */
const MAX_PAGE = 100000;

/** A listing's pageSize: its default and the most it allows. */
interface PageSizeBounds {
  default: number;
  max: number;
}

/**
 * `page` / `pageSize` in a listing's query string, with these pageSize bounds. Each bounds gets its own decorated
 * class rather than a subclass re-decorating pageSize: class-validator drops a parent's checks on a property only
 * for the class being validated, so a grandchild (e.g. a query adding a filter) would get both maxima.
 */
function pageQueryWith(size: PageSizeBounds) {
  class Page {
    @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: MAX_PAGE })
    @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE)
    page: number = 1;

    @ApiPropertyOptional({ type: 'integer', default: size.default, minimum: 1, maximum: size.max })
    @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(size.max)
    pageSize: number = size.default;
  }
  return Page;
}

/** A listing's page: page 1–100000 (default 1), pageSize 1–100 (default 20). Extend it to add a listing's filters. */
export class PageQuery extends pageQueryWith({ default: 20, max: 100 }) {}

/**
 * An administrator's listing (units, users, deadline rules, discipline authority overrides): the same page, with
 * pageSize 1–500 (default 100).
 */
export class AdminPageQuery extends pageQueryWith({ default: 100, max: 500 }) {}
