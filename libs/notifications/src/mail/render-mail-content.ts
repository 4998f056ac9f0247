import type { MailContent } from './notification-mail-content';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every text in a notification mail may come from a member (a title): escaped, always. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

/** Plain text and HTML of a notification mail. */
export function renderMailContent(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    ...content.paragraphs,
    ...(content.items.length === 0
      ? []
      : [content.items.map((item) => `- ${item.text}\n  ${item.url}`).join('\n')]),
    ...(content.action === null ? [] : [`${content.action.label}: ${content.action.url}`]),
    '--',
    ...content.footer,
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body>',
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(content.items.length === 0
      ? []
      : [`<ul>${content.items.map((item) => `<li>${link(item.url, item.text)}</li>`).join('')}</ul>`]),
    ...(content.action === null ? [] : [`<p>${link(content.action.url, content.action.label)}</p>`]),
    '<hr>',
    ...content.footer.map((line) => `<p><small>${escapeHtml(line)}</small></p>`),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
