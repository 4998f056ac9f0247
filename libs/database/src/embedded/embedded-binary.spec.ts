import { applyRewrites, EmbeddedMongoUnavailableError } from './embedded-binary';

describe('applyRewrites', () => {
  const upstream = 'a := 1\nIDColumn = DefaultColumn + "->\'$._id\'"\nb := 2\n';

  it('replaces the expected text and leaves the rest as it was', () => {
    const rewritten = applyRewrites('metadata.go', upstream, [
      {
        expect: `IDColumn = DefaultColumn + "->'$._id'"`,
        replaceWith: `IDColumn = DefaultColumn + "->'_id'"`,
      },
    ]);
    expect(rewritten).toBe('a := 1\nIDColumn = DefaultColumn + "->\'_id\'"\nb := 2\n');
  });

  it('takes the replacement literally ($ patterns of String.replace have no meaning)', () => {
    expect(applyRewrites('f.go', 'x', [{ expect: 'x', replaceWith: "$&$'$$" }])).toBe("$&$'$$");
  });

  it('stops the build when the expected text is missing, naming the file and the text', () => {
    expect(() =>
      applyRewrites('metadata.go', 'nothing here', [{ expect: 'IDColumn', replaceWith: 'x' }]),
    ).toThrow(
      new EmbeddedMongoUnavailableError(
        'tools/embedded-mongo/ferretdb-rewrites.json: FerretDB\'s metadata.go contains "IDColumn" 0 times instead of once; update the rewrite for this FerretDB version.',
      ),
    );
  });

  it('stops the build when the expected text is ambiguous', () => {
    expect(() => applyRewrites('f.go', 'x x', [{ expect: 'x', replaceWith: 'y' }])).toThrow(
      /2 times instead of once/,
    );
  });
});
