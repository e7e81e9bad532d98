import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { identifyRequest } from './request-context';

/** After the guards: the caller's id and, on /cases/:id… routes, the case's id join the request's log lines. */
@Injectable()
export class IdentifyRequestInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<Request & { user?: { id?: unknown } }>();
      const route = (req.route as { path?: string } | undefined)?.path ?? '';
      const id: unknown = req.params.id;
      identifyRequest(req.user, route.startsWith('/cases/:id') && typeof id === 'string' ? id : undefined);
    }
    return next.handle();
  }
}
