import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics';

/**
 * Times every request to its end, labelled by the route template Express matched (`/cases/:id/events`), never the
 * raw URL (ids would make a series per case); a request no route matched counts as `unmatched`.
 */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const end = httpRequestDuration.startTimer();
  res.once('finish', () => {
    const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
    end({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}
