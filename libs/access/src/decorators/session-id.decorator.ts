import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The login session (refresh token family) of the access token the AuthGuard accepted. */
export const SessionId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  return ctx.switchToHttp().getRequest<{ sessionId: string }>().sessionId;
});
