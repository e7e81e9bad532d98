import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const VALID = /^[A-Za-z0-9._-]{8,100}$/;

/** Every request carries a correlation id (the caller's X-Request-Id when well-formed), echoed in the response. */
export function correlationId(req: Request & { correlationId?: string }, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  req.correlationId = given && VALID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.correlationId);
  next();
}
