import { escapeHtml, plainSummary, withHead } from './page-head';

describe('page head', () => {
  it('escapes text for elements and quoted attributes', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;',
    );
  });

  it('turns Markdown into one plain line and cuts it at a word with an ellipsis', () => {
    expect(plainSummary('# Kop\n\nEen **vette** [link](https://x.nl) en `code`.\n- punt')).toBe(
      'Kop Een vette link en code. punt',
    );
    const long = plainSummary('woord '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('woord…')).toBe(true);
  });

  it('replaces the title and description of the template once, taking $ literally', () => {
    const template = '<head><title>Oud</title>\n<meta name="description" content="oud" /></head>';
    const html = withHead(template, {
      title: 'Kost $& €5',
      description: 'Nieuw',
      type: 'website',
      language: 'en',
    });
    expect(html).toContain('<title>Kost $&amp; €5</title>');
    expect(html).not.toContain('oud');
    expect(html).toContain('<meta property="og:locale" content="en_GB" />');
  });

  it('also replaces a description that a formatter wrapped over several lines', () => {
    const template = '<title>Oud</title>\n    <meta\n      name="description"\n      content="oud"\n    />';
    const html = withHead(template, {
      title: 'Nieuw',
      description: 'Nieuw',
      type: 'website',
      language: 'nl',
    });
    expect(html).not.toContain('oud');
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });
});
