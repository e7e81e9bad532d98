import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { logLevels } from './log-levels';
import { currentContext } from './request-context';

type JsonOptions = Parameters<ConsoleLogger['getJsonLogObject']>[1];

/**
 * One JSON object per line (time, level, context, message, stack, and the request's correlationId / userId / caseId
 * when known), for log collectors. The request's part comes from `request-context`, which holds identifiers only.
 */
export class JsonLogger extends ConsoleLogger {
  protected override getJsonLogObject(message: unknown, options: JsonOptions): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const ctx = currentContext();
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: options.logLevel,
      context: options.context || undefined,
      message,
      correlationId: ctx?.correlationId,
      userId: ctx?.userId,
      caseId: ctx?.caseId,
      stack: options.errorStack || undefined,
    };
    for (const key of Object.keys(line)) if (line[key] === undefined) delete line[key];
    // The parent's shape (pid, epoch timestamp) is replaced on purpose: the printer only stringifies the object.
    return line as unknown as ReturnType<ConsoleLogger['getJsonLogObject']>;
  }
}

/** The processes' logger: JSON lines in production, coloured text elsewhere. */
export function createLogger(config: { NODE_ENV: string; LOG_LEVEL: LogLevel }): ConsoleLogger {
  const levels = logLevels(config.LOG_LEVEL);
  return config.NODE_ENV === 'production' ? new JsonLogger({ json: true, logLevels: levels }) : new ConsoleLogger({ logLevels: levels });
}
