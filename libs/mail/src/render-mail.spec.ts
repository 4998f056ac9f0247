import { renderMail } from './render-mail';

describe('renderMail', () => {
  const content = {
    subject: 'Nieuw op <script>alert(1)</script> & meer',
    paragraphs: ['Er is een reactie op "Minder regels".', 'Regel een\nregel twee'],
    action: { label: 'Bekijk de suggestie', url: 'https://kabinet.example/voorstel/1?a=1&b="2"' },
    footer: ['Je krijgt dit bericht omdat je deze suggestie volgt.'],
  };

  it('escapes every text in the HTML part, titles and URLs included', () => {
    const { html } = renderMail('nl', content);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Nieuw op &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer');
    expect(html).toContain('&quot;Minder regels&quot;');
    expect(html).toContain('href="https://kabinet.example/voorstel/1?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('Regel een<br>regel twee');
  });

  it('declares the language and keeps the subject', () => {
    const rendered = renderMail('en', content);
    expect(rendered.subject).toBe(content.subject);
    expect(rendered.html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('gives the same content as plain text, unescaped, with the link bare', () => {
    const { text, html } = renderMail('nl', content);
    expect(text).toBe(
      [
        'Er is een reactie op "Minder regels".',
        'Regel een\nregel twee',
        'Bekijk de suggestie:\nhttps://kabinet.example/voorstel/1?a=1&b="2"',
        '--',
        'Je krijgt dit bericht omdat je deze suggestie volgt.',
      ].join('\n\n') + '\n',
    );
    expect(html).toContain('Je krijgt dit bericht omdat je deze suggestie volgt.');
    expect(html).toContain('>Bekijk de suggestie</a>');
  });

  it('leaves out the action and the footer when there are none', () => {
    const { text, html } = renderMail('nl', { subject: 'Hallo', paragraphs: ['Alleen tekst.'] });
    expect(text).toBe('Alleen tekst.\n');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<hr');
  });
});
