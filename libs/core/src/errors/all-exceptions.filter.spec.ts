import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { AllExceptionsFilter, describeForLog } from './all-exceptions.filter';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

const PASSWORD = 'Mat-khau-bi-mat-42';
const BEARER = 'eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

function fakeHttp() {
  const req = {
    method: 'POST',
    path: '/users/5d0c7a3e-1b2f-4c6d-9e8a-7b6c5d4e3f2a/roles',
    route: { path: '/users/:id/roles' },
    correlationId: 'req-12345678',
    headers: { authorization: `Bearer ${BEARER}`, cookie: 'sid=abc' },
    body: { username: 'nguyenvana', password: PASSWORD, displayName: 'Nguyễn Văn A' },
    query: { q: 'Nguyễn Văn A' },
  };
  const res = {
    headersSent: false,
    statusCode: 0,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    setHeader(name: string, value: string) {
      this.headers[name] = value;
    },
    json(body: unknown) {
      this.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  return { req, res, host };
}

describe('AllExceptionsFilter', () => {
  let logged: string[];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join('\n'));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers an unexpected error with 500 and a reference, and logs no body, header, query or quoted value', () => {
    const { res, host } = fakeHttp();
    // What a driver error can look like: PostgreSQL quotes the input, TypeORM keeps the query's parameters.
    const err = Object.assign(new Error(`invalid input syntax for type uuid: "${PASSWORD}" (user nguyen.van.a@hoso.vn)`), {
      name: 'QueryFailedError',
      code: '22P02',
      parameters: [PASSWORD, 'Nguyễn Văn A'],
      query: 'SELECT 1',
    });
    new AllExceptionsFilter().catch(err, host);

    expect(res.statusCode).toBe(500);
    expect(res.body).toMatchObject({ code: 'INTERNAL_ERROR', correlationId: 'req-12345678' });
    expect(logged).toHaveLength(1);
    const line = logged[0];
    expect(line).toContain('POST /users/:id/roles failed [req-12345678]: QueryFailedError [22P02]: invalid input syntax for type uuid: "***"');
    expect(line).toContain('at '); // the stack frames are kept
    for (const secret of [PASSWORD, BEARER, 'Nguyễn Văn A', 'nguyenvana', 'nguyen.van.a@hoso.vn', 'sid=abc', '5d0c7a3e']) {
      expect(line).not.toContain(secret);
    }
  });

  it('logs nothing for a refusal the user caused', () => {
    const { res, host } = fakeHttp();
    new AllExceptionsFilter().catch(new DomainError(ErrorCode.INVALID_CREDENTIALS), host);
    expect(res.statusCode).toBe(401);
    expect(logged).toEqual([]);
  });

  it('sends Retry-After when the refusal says how long to wait', () => {
    const { res, host } = fakeHttp();
    new AllExceptionsFilter().catch(new DomainError(ErrorCode.TOO_MANY_REQUESTS, { retryAfterSeconds: 42 }), host);
    expect(res.statusCode).toBe(429);
    expect(res.headers['Retry-After']).toBe('42');
    const plain = fakeHttp();
    new AllExceptionsFilter().catch(new DomainError(ErrorCode.INVALID_CREDENTIALS), plain.host);
    expect(plain.res.headers['Retry-After']).toBeUndefined();
  });
});

describe('describeForLog', () => {
  const driverError = (message: string) => Object.assign(new Error(message), { code: '22001' });

  it.each([
    ['a double-quoted value in a driver error', driverError('value "Nguyễn Văn A" is too long'), 'Nguyễn Văn A'],
    ['a single-quoted value in a driver error', driverError("bad token 'abc.def'"), 'abc.def'],
    ['the input JSON quotes', new SyntaxError('"{\\"password\\":\\"x1\\"}" is not valid JSON'), 'password'],
    ['a unique-violation key in any error', new Error('Key (username)=(nguyenvana) already exists'), 'nguyenvana'],
    ['an e-mail address in any error', new Error('mailbox an.nguyen@hoso.vn unavailable'), 'an.nguyen@hoso.vn'],
  ])('masks %s', (_name, err, secret) => {
    const { text } = describeForLog(err);
    expect(text).not.toContain(secret);
  });

  it('keeps the names our own errors quote, so operators can find the cause', () => {
    expect(describeForLog(new Error('Machine declared unknown effect type "sendFax"')).text).toBe(
      'Error: Machine declared unknown effect type "sendFax"',
    );
  });

  it('drops the first line of the stack, which repeats the message unmasked', () => {
    const { stack } = describeForLog(driverError('password "hunter2-Secret"'));
    expect(stack).toBeDefined();
    expect(stack).toContain('at ');
    expect(stack).not.toContain('hunter2-Secret');
  });
});
