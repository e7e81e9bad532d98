import { SetMetadata } from '@nestjs/common';

export const SESSION_CHECKED_IN_WRITE = 'hoso:sessionCheckedInWrite';
/**
 * Marks a route whose write checks the caller's session generation itself (`uncheckedSession`): the AuthGuard then
 * takes a cached caller without a query of its own. The handler must answer nothing before its write held (or a
 * recheck confirmed) the generation.
 */
export const SessionCheckedInWrite = () => SetMetadata(SESSION_CHECKED_IN_WRITE, true);
