import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'hoso:isPublic';
/** Marks a route that needs no bearer token (login, health, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
