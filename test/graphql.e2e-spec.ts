import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('GraphQL endpoint and health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_graphql');
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers { __typename } at POST /graphql', async () => {
    const response = await t.gql('{ __typename }');
    expect(response).toEqual({ status: 200, data: { __typename: 'Query' } });
  });

  it('reports server status with a database round trip', async () => {
    const response = await t.gql<{ serverStatus: { version: string; databaseLatencyMs: number } }>(
      '{ serverStatus { version uptimeSeconds databaseLatencyMs } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.serverStatus.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(response.data?.serverStatus.databaseLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it('rejects malformed and invalid documents with a code and no stack trace', async () => {
    const parse = await t.gql('{ serverStatus { ');
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

    const validation = await t.gql('{ noSuchField }');
    expect(validation.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const badVariable = await t.gql('query ($name: String!) { __type(name: $name) { name } }', { name: 42 });
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    for (const response of [parse, validation, badVariable]) {
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it('blocks a simple GET request that could be a cross-site request (CSRF prevention)', async () => {
    const response = await request(t.http).get('/graphql').query({ query: '{ __typename }' });
    expect(response.status).toBe(400);
  });

  it('serves an in-browser IDE outside production', async () => {
    const response = await request(t.http).get('/graphql').set('accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.text).toContain('graphiql');
  });

  it('offers introspection outside production', async () => {
    const response = await t.gql('{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('says 200 on /health while the database is up', async () => {
    const response = await request(t.http).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});
