import { PersistedQueries, sha256Hex } from './persisted-queries';
import { DocumentDescriptions, publicQueryName } from './public-operations';
import { chooseEncoding } from './public-read-middleware';
import { encodeAnswer } from './public-read-cache';

const documents = new DocumentDescriptions(10, { maxLexicalTokens: 2_000 });

describe('publicQueryName', () => {
  it('names an allow-listed query, the only operation or the one asked for', () => {
    expect(
      publicQueryName(documents.describe('query Proposals { proposals { totalCount } }'), undefined),
    ).toBe('Proposals');
    const two = documents.describe('query Me { me { id } } query List { curatedList(slug: "a") { id } }');
    expect(publicQueryName(two, 'List')).toBe('List');
    expect(publicQueryName(two, undefined)).toBeNull();
  });

  it('refuses queries off the list, mutations named like a public query, anonymous and broken documents', () => {
    expect(publicQueryName(documents.describe('query Me { me { id } }'), 'Me')).toBeNull();
    expect(
      publicQueryName(documents.describe('mutation Proposals { logout(refreshToken: "x") }'), undefined),
    ).toBeNull();
    expect(publicQueryName(documents.describe('{ proposals { totalCount } }'), undefined)).toBeNull();
    expect(publicQueryName(documents.describe('query Proposals {'), 'Proposals')).toBeNull();
  });
});

describe('PersistedQueries', () => {
  it('registers a document under its own hash only, and forgets the oldest beyond its bytes', () => {
    const queries = new PersistedQueries(40);
    const first = 'query Home { proposals { totalCount } }';
    expect(queries.register(sha256Hex('something else'), first)).toBe(false);
    expect(queries.register(sha256Hex(first), first)).toBe(true);
    expect(queries.get(sha256Hex(first))).toBe(first);
    const second = 'query Lists { curatedLists { id } }';
    queries.register(sha256Hex(second), second);
    expect(queries.get(sha256Hex(first))).toBeUndefined();
    expect(queries.get(sha256Hex(second))).toBe(second);
  });
});

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, as Accept-Encoding allows', async () => {
    const answer = await encodeAnswer(Buffer.from(JSON.stringify({ data: 'x'.repeat(2_000) })), 0);
    expect(chooseEncoding('gzip, deflate, br', answer)).toBe('br');
    expect(chooseEncoding('gzip, br;q=0', answer)).toBe('gzip');
    expect(chooseEncoding('identity', answer)).toBeNull();
    expect(chooseEncoding(undefined, answer)).toBeNull();
    const small = await encodeAnswer(Buffer.from('{"data":{}}'), 0);
    expect(chooseEncoding('br', small)).toBeNull();
  });

  it('answers a header value seen before, and any number of distinct values, the same way', async () => {
    const answer = await encodeAnswer(Buffer.from(JSON.stringify({ data: 'x'.repeat(2_000) })), 0);
    for (let n = 0; n < 250; n += 1) {
      expect(chooseEncoding(`gzip;q=0.${n % 9}, br;q=0`, answer)).toBe(n % 9 === 0 ? null : 'gzip');
      expect(chooseEncoding('gzip, br;q=0', answer)).toBe('gzip');
      expect(chooseEncoding('gzip, deflate, br', answer)).toBe('br');
    }
  });
});
