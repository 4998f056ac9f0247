import { keepHandWrittenSections } from './hand-written-sections';

describe('keepHandWrittenSections', () => {
  const generated = '# Performance\n\n## P1 ranked page\n\nnew figures\n\n## Load balancer\n\nnew run\n';

  it('appends the sections of the previous report that the generator does not write', () => {
    const previous =
      '# Performance\n\n## P1 ranked page\n\nold figures\n\n## Web client: bytes and Lighthouse\n\nkept by hand\n| a |\n';
    expect(keepHandWrittenSections(generated, previous)).toBe(
      '# Performance\n\n## P1 ranked page\n\nnew figures\n\n## Load balancer\n\nnew run\n\n## Web client: bytes and Lighthouse\n\nkept by hand\n| a |\n',
    );
  });

  it('replaces generated sections instead of keeping their old text', () => {
    const previous = '# Performance\n\n## Load balancer\n\nold run\n';
    expect(keepHandWrittenSections(generated, previous)).toBe(generated);
  });

  it('replaces a generated section whose heading names another run in its parenthesis', () => {
    const dated = '# Performance\n\n## Public reads (`--public-reads`, 2026-12-02T12:00Z)\n\nnew\n';
    const previous = '# Performance\n\n## Public reads (`--public-reads`, 2026-12-02T08:37Z)\n\nold\n';
    expect(keepHandWrittenSections(dated, previous)).toBe(dated);
  });

  it('drops a retired hand-written section that the generator now writes elsewhere', () => {
    const previous = '# Performance\n\n## Restart at 100,000 suggestions (issue #20, P3)\n\nby hand\n';
    expect(keepHandWrittenSections(generated, previous)).toBe(generated);
  });

  it('is the generated report when there was none before', () => {
    expect(keepHandWrittenSections(generated, undefined)).toBe(generated);
  });
});
