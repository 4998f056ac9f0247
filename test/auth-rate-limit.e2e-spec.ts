import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AUTH_LIMIT_PER_EMAIL, AUTH_LIMIT_PER_IP } from '../apps/api/src/throttling/throttler-options';
import { createSignedInUser } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }';

describe('rate limits on login and registration', () => {
  let t: TestApp;

  beforeEach(async () => {
    // A fresh app per test: the limits are counted in the process's memory.
    t = await startTestApp('e2e_auth_rate_limit');
  });

  afterEach(async () => {
    await t.close();
  });

  it(`allows ${AUTH_LIMIT_PER_EMAIL} logins per email a minute, then answers TOO_MANY_REQUESTS with Retry-After`, async () => {
    const { user } = await createSignedInUser(t);
    for (let attempt = 0; attempt < AUTH_LIMIT_PER_EMAIL; attempt += 1) {
      const response = await t.gql(LOGIN, { input: { email: user.email, password: 'wrong password 123' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await request(t.http)
      .post('/graphql')
      .send({
        query: LOGIN,
        variables: { input: { email: user.email.toUpperCase(), password: 'another 1234567' } },
      });
    const body = limited.body as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors[0]?.message).toMatch(/Too many attempts/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    // Another account from the same IP is not affected.
    const other = await createSignedInUser(t);
    const response = await t.gql(LOGIN, {
      input: { email: other.user.email, password: 'wrong password 123' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it(`allows ${AUTH_LIMIT_PER_IP} registrations per IP a minute`, async () => {
    const register = () =>
      t.gql(REGISTER, {
        input: {
          email: `${randomUUID()}@example.nl`,
          password: 'Vernieuwing-Test-2026!',
          displayName: 'Piet',
        },
      });
    for (let attempt = 0; attempt < AUTH_LIMIT_PER_IP; attempt += 1) {
      expect((await register()).errors).toBeUndefined();
    }
    expect((await register()).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Other operations are not limited by it.
    expect((await t.gql('{ me { id } }')).data).toEqual({ me: null });
  });
});
