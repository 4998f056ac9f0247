import { ForbiddenException, ImATeapotException, UnauthorizedException } from '@nestjs/common';
import {
  MongoBulkWriteError,
  MongoClientClosedError,
  MongoError,
  MongoNetworkError,
  MongoNetworkTimeoutError,
  MongoOperationTimeoutError,
  MongoServerError,
  MongoServerSelectionError,
  MongoWriteConcernError,
} from 'mongodb';
import { Error as MongooseError } from 'mongoose';
import {
  classifyError,
  DATABASE_BUSY_MESSAGE,
  DATABASE_UNAVAILABLE_MESSAGE,
  INTERNAL_ERROR_MESSAGE,
} from './classify-error';
import {
  ConflictError,
  type DomainError,
  ForbiddenError,
  InvalidInputError,
  NotAuthenticatedError,
  NotFoundError,
  RateLimitedError,
  UnavailableError,
} from './domain-errors';
import { ERROR_REASONS } from './error-reasons';
import { GRAPHQL_ERROR_CODES } from './graphql-error-codes';

describe('classifyError', () => {
  it.each<[DomainError, string, string]>([
    [
      new InvalidInputError('Title is too short.', 'title', 'TOO_SHORT', { min: 5 }),
      'BAD_USER_INPUT',
      'TOO_SHORT',
    ],
    [new NotAuthenticatedError(), 'UNAUTHENTICATED', 'NOT_AUTHENTICATED'],
    [new ForbiddenError('Only the author can edit.', 'NOT_AUTHOR'), 'FORBIDDEN', 'NOT_AUTHOR'],
    [new NotFoundError('Proposal', 'abc'), 'NOT_FOUND', 'NOT_FOUND'],
    [new ConflictError('Email already registered.', 'EMAIL_TAKEN'), 'CONFLICT', 'EMAIL_TAKEN'],
    [new RateLimitedError(30), 'TOO_MANY_REQUESTS', 'RATE_LIMITED'],
    [new UnavailableError(), 'UNAVAILABLE', 'UNAVAILABLE'],
  ])('maps %p to its code and reason and keeps its message', (error, code, reason) => {
    expect(classifyError(error)).toEqual({
      code,
      reason,
      params: error.params,
      message: error.message,
      details: error.details,
      unexpected: false,
    });
  });

  it('keeps the offending field of invalid input', () => {
    expect(classifyError(new InvalidInputError('Too short.', 'title')).details).toEqual({
      field: 'title',
    });
  });

  it('maps a duplicate key to CONFLICT without leaking the key', () => {
    const duplicate = new MongoServerError({
      message: 'E11000 duplicate key error collection: users index: email_1 dup key: { email: "a@b.c" }',
      code: 11000,
    });
    const result = classifyError(duplicate);
    expect(result.code).toBe('CONFLICT');
    expect(result.message).not.toContain('a@b.c');
  });

  it('maps an unreachable database to UNAVAILABLE', () => {
    const error = new MongoServerSelectionError('connect ECONNREFUSED 127.0.0.1:1', {
      type: 'Unknown',
      servers: new Map(),
      stale: false,
      compatible: true,
      heartbeatFrequencyMS: 1000,
      localThresholdMS: 15,
      setName: null,
      maxElectionId: null,
      maxSetVersion: null,
      commonWireVersion: 0,
      logicalSessionTimeoutMinutes: null,
    } as never);
    expect(classifyError(error)).toMatchObject({
      code: 'UNAVAILABLE',
      message: DATABASE_UNAVAILABLE_MESSAGE,
    });
  });

  describe('maps every driver network error to UNAVAILABLE', () => {
    const systemError = (code: string, syscall: string): NodeJS.ErrnoException =>
      Object.assign(new Error(`${syscall} ${code}`), { code, syscall, errno: -104 });
    const networkError = (): MongoNetworkError =>
      new MongoNetworkError('read ECONNRESET', { cause: systemError('ECONNRESET', 'read') });
    const labelled = (label: string): MongoError => {
      const error = new MongoServerError({ errmsg: 'connection reset', code: 6 });
      error.addErrorLabel(label);
      return error;
    };

    it.each<[string, unknown]>([
      ['a network error', networkError()],
      ['a socket timeout', new MongoNetworkTimeoutError('Socket timeout after 2000 ms')],
      ['a timed-out operation', new MongoOperationTimeoutError('Timed out during server selection')],
      ['a closed client', new MongoClientClosedError()],
      // What votes.insertMany threw when the server was killed during a write.
      ['a bulk write broken by a reset socket', new MongoBulkWriteError(networkError(), {} as never)],
      [
        'a write concern error wrapping a network error',
        Object.assign(
          new MongoWriteConcernError({ writeConcernError: { code: 64, errmsg: 'lost' } } as never),
          {
            cause: networkError(),
          },
        ),
      ],
      ['an error labelled ResetPool', labelled('ResetPool')],
      ['an error labelled InterruptInUseConnections', labelled('InterruptInUseConnections')],
      [
        'a driver error caused by EPIPE',
        new MongoError('write EPIPE', { cause: systemError('EPIPE', 'write') }),
      ],
      ['a bare ECONNRESET', systemError('ECONNRESET', 'read')],
      ['a bare ETIMEDOUT', systemError('ETIMEDOUT', 'connect')],
      ['an aggregate of refused connections', new AggregateError([systemError('ECONNREFUSED', 'connect')])],
      [
        "mongoose's server selection error",
        new MongooseError.MongooseServerSelectionError('connect ECONNREFUSED 127.0.0.1:1'),
      ],
    ])('%s', (_, error) => {
      expect(classifyError(error)).toMatchObject({
        code: 'UNAVAILABLE',
        message: DATABASE_UNAVAILABLE_MESSAGE,
        details: {},
      });
    });

    it('but not a write error of the server or a missing document', () => {
      const writeError = new MongoBulkWriteError(
        { message: 'Document failed validation', code: 121, writeErrors: [] },
        {} as never,
      );
      expect(classifyError(writeError).code).toBe('INTERNAL_SERVER_ERROR');
      expect(
        classifyError(new MongooseError.DocumentNotFoundError('No document found for query "{ _id: 1 }"'))
          .code,
      ).toBe('INTERNAL_SERVER_ERROR');
    });
  });

  it('maps a write that SQLite refused as busy to UNAVAILABLE', () => {
    const error = new MongoServerError({
      errmsg: '[collection.go:191 sqlite.(*collection).UpdateAll] database is locked (5) (SQLITE_BUSY)',
      code: 1,
    });
    expect(classifyError(error)).toMatchObject({ code: 'UNAVAILABLE', message: DATABASE_BUSY_MESSAGE });
  });

  it('maps Nest HTTP exceptions thrown by guards', () => {
    expect(classifyError(new UnauthorizedException()).code).toBe('UNAUTHENTICATED');
    expect(classifyError(new ForbiddenException()).code).toBe('FORBIDDEN');
  });

  it('hides everything else behind a generic message', () => {
    for (const error of [
      new TypeError('cannot read x of undefined'),
      new ImATeapotException(),
      'string',
      null,
    ]) {
      expect(classifyError(error)).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL',
        params: {},
        message: INTERNAL_ERROR_MESSAGE,
        details: {},
        unexpected: true,
      });
    }
  });
});

describe('error reasons', () => {
  it('gives every reason of the table the code it names', () => {
    for (const [reason, code] of Object.entries(ERROR_REASONS)) {
      expect(GRAPHQL_ERROR_CODES).toContain(code);
      expect(reason).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    }
  });
});
