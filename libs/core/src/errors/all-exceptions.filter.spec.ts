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

describe('AllExceptionsFilter: an unreachable database', () => {
  let warned: string[];
  let errors: string[];
  beforeEach(() => {
    warned = [];
    errors = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((m: unknown) => void warned.push(String(m)));
    jest.spyOn(Logger.prototype, 'error').mockImplementation((m: unknown) => void errors.push(String(m)));
  });
  afterEach(() => jest.restoreAllMocks());

  const withCode = (code: string, message = 'connection failure') => Object.assign(new Error(message), { code });
  // TypeORM's QueryFailedError copies the driver's fields and keeps the driver's error.
  const queryFailed = (driverError: Error) =>
    Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError, query: 'SELECT 1', parameters: [] });

  it.each([
    ['57P01 admin shutdown (pg_terminate_backend, restart)', withCode('57P01', 'terminating connection due to administrator command')],
    ['57P02 crash shutdown', withCode('57P02')],
    ['57P03 cannot connect now (starting up)', withCode('57P03', 'the database system is starting up')],
    ['08000 connection exception', withCode('08000')],
    ['08003 connection does not exist', withCode('08003')],
    ['08006 connection failure', withCode('08006')],
    ['08001 unable to connect', withCode('08001')],
    ['08004 connection rejected', withCode('08004')],
    ['ECONNREFUSED', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['ECONNRESET', withCode('ECONNRESET', 'read ECONNRESET')],
    ['ETIMEDOUT', withCode('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.5:5432')],
    ['a refusal on every address (AggregateError)', Object.assign(new AggregateError([withCode('ECONNREFUSED')], ''), { code: undefined })],
    ['"Connection terminated unexpectedly"', new Error('Connection terminated unexpectedly')],
    ['"Connection terminated due to connection timeout"', new Error('Connection terminated due to connection timeout')],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['a client left broken', new Error('Client has encountered a connection error and is not queryable')],
    ['57P01 inside a QueryFailedError', queryFailed(withCode('57P01', 'terminating connection due to administrator command'))],
    ['a lost connection as the cause', Object.assign(new Error('transaction failed'), { cause: new Error('Connection terminated') })],
  ])('answers %s with 503 SERVICE_UNAVAILABLE and Retry-After, never 500', (_name, err) => {
    const { res, host } = fakeHttp();
    new AllExceptionsFilter().catch(err, host);
    expect(res.statusCode).toBe(503);
    expect(res.headers['Retry-After']).toBe('5');
    expect(res.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 5 }, correlationId: 'req-12345678' });
    expect(warned).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it.each([
    ['a constraint violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601', 'syntax error at or near "SELEC"')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('still answers %s with 500', (_name, err) => {
    const { res, host } = fakeHttp();
    new AllExceptionsFilter().catch(err, host);
    expect(res.statusCode).toBe(500);
    expect(res.headers['Retry-After']).toBeUndefined();
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
