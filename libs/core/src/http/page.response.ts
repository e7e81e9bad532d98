import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * A page of `item`s as every listing answers it (`items`, `page`, `pageSize`, `total`); documentation only, the
 * services build the answers. A listing with more to say extends the class it returns.
 */
export function PageResponseOf<T>(item: () => Type<T>) {
  abstract class PageResponse {
    // Written as `type: () => …` in place: @nestjs/swagger knows a lazy type by that property's function name.
    @ApiProperty({ type: () => item(), isArray: true })
    items!: T[];

    @ApiProperty({ type: 'integer' })
    page!: number;

    @ApiProperty({ type: 'integer' })
    pageSize!: number;

    @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
    total!: number;
  }
  return PageResponse;
}
