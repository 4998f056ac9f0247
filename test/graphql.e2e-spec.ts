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

  it('compresses a large answer as the client accepts, decoding to the same JSON', async () => {
    const query = '{ __schema { types { name description fields { name description } } } }';
    const post = (acceptEncoding: string) =>
      request(t.http)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('accept-encoding', acceptEncoding)
        .send({ query });
    const plain = await post('identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text.length).toBeGreaterThan(10_000);
    for (const [acceptEncoding, encoding] of [
      ['gzip, deflate', 'gzip'],
      ['gzip, deflate, br', 'br'],
    ]) {
      const compressed = await post(acceptEncoding!);
      expect({ acceptEncoding, encoding: compressed.headers['content-encoding'] }).toEqual({
        acceptEncoding,
        encoding,
      });
      expect(compressed.headers.vary).toMatch(/Accept-Encoding/i);
      expect(compressed.body).toEqual(plain.body);
    }
    // Small answers are not worth the compressor's overhead.
    const small = await request(t.http)
      .post('/graphql')
      .set('accept-encoding', 'gzip')
      .send({ query: '{ __typename }' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('says 200 on /health while the database is up', async () => {
    const response = await request(t.http).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});
