import { ConsoleLogger } from '@nestjs/common';
import { createLogger, JsonLogger } from './json-logger';
import { identifyRequest, runWithContext } from './request-context';

/** Everything the logger writes to stdout and stderr while `fn` runs. */
function captured(fn: () => void): string {
  let out = '';
  const spies = [process.stdout, process.stderr].map((s) =>
    jest.spyOn(s, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true)),
  );
  try {
    fn();
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
  return out;
}

describe('JSON log lines', () => {
  const logger = () => createLogger({ NODE_ENV: 'production', LOG_LEVEL: 'log' });

  it('are one object per line with time, level, context, message and the request ids', () => {
    const out = captured(() =>
      runWithContext({ correlationId: 'req-0123456789' }, () => {
        identifyRequest({ id: 'u-42' }, 'c-7');
        logger().log('case c-7 screening → classified', 'CaseCommandService');
      }),
    );
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    const line = JSON.parse(out);
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'log',
      context: 'CaseCommandService',
      message: 'case c-7 screening → classified',
      correlationId: 'req-0123456789',
      userId: 'u-42',
      caseId: 'c-7',
    });
  });

  it("carry the user's id, never the user's name, username or e-mail", () => {
    const user = { id: 'u-42', username: 'nguyenvana', displayName: 'Nguyễn Văn A', email: 'a@phuong.vn', roles: ['SECRETARY'] };
    const out = captured(() =>
      runWithContext({ correlationId: 'req-0123456789' }, () => {
        identifyRequest(user, undefined);
        logger().warn('refused', 'AuthGuard');
      }),
    );
    expect(JSON.parse(out).userId).toBe('u-42');
    for (const personal of ['nguyenvana', 'Nguyễn Văn A', 'a@phuong.vn', 'SECRETARY']) expect(out).not.toContain(personal);
  });

  it('leave out what is not known, and keep the stack of an error', () => {
    const out = captured(() => logger().error('relay failed', 'Error: boom\n    at x', 'OutboxRelayJob'));
    const line = JSON.parse(out);
    expect(Object.keys(line).sort()).toEqual(['context', 'level', 'message', 'stack', 'time']);
    expect(line).toMatchObject({ level: 'error', context: 'OutboxRelayJob', stack: 'Error: boom\n    at x' });
  });

  it('are coloured text outside production', () => {
    const dev = createLogger({ NODE_ENV: 'development', LOG_LEVEL: 'log' });
    expect(dev).toBeInstanceOf(ConsoleLogger);
    expect(dev).not.toBeInstanceOf(JsonLogger);
    const out = captured(() => dev.log('hello', 'Test'));
    expect(() => JSON.parse(out)).toThrow();
    expect(out).toContain('[Test]');
  });
});
