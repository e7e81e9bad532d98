import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { httpMetrics } from '../metrics/http-metrics.middleware';
import { runWithContext } from './request-context';

const VALID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * Every request carries a correlation id (the caller's X-Request-Id when well-formed), echoed in the response. Mounted
 * first of all middleware, it also starts the request's timing and runs the rest of the request with the id attached
 * to its log lines: plain `app.use`, since Nest's module middleware would add a catch-all route to the router.
 */
export function correlationId(req: Request & { correlationId?: string }, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  req.correlationId = given && VALID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.correlationId);
  httpMetrics(req, res, () => runWithContext({ correlationId: req.correlationId }, next));
}
