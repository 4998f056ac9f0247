import type { Language } from '@app/core';

/** What a message says, as data: renderMail gives it the shared layout in text and HTML. */
export interface MailContent {
  subject: string;
  paragraphs: readonly string[];
  /** The one thing the reader can do, as a button (HTML) and a bare link (text). */
  action?: { label: string; url: string };
  /** Small print under a rule: why the reader got this, how to stop it. */
  footer?: readonly string[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content and attribute values (quoted): nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const FONT = "font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TEXT_COLOR = '#1f2933';
const MUTED_COLOR = '#52606d';
const ACTION_COLOR = '#1d4ed8';

function htmlParagraph(text: string, style: string): string {
  // Line breaks inside a paragraph stay line breaks.
  return `<p style="${style}">${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
}

function htmlLayout(language: Language, content: MailContent): string {
  const paragraphs = content.paragraphs
    .map((text) =>
      htmlParagraph(text, `margin: 0 0 16px; font-size: 16px; line-height: 1.5; color: ${TEXT_COLOR};`),
    )
    .join('\n');
  const action =
    content.action === undefined
      ? ''
      : `<p style="margin: 24px 0;"><a href="${escapeHtml(content.action.url)}" style="display: inline-block; padding: 12px 20px; border-radius: 6px; background: ${ACTION_COLOR}; color: #ffffff; font-size: 16px; font-weight: 600; text-decoration: none;">${escapeHtml(content.action.label)}</a></p>
<p style="margin: 0 0 16px; font-size: 14px; line-height: 1.5; color: ${MUTED_COLOR}; word-break: break-all;">${escapeHtml(content.action.url)}</p>`;
  const footer =
    content.footer === undefined || content.footer.length === 0
      ? ''
      : `<hr style="border: none; border-top: 1px solid #d9e2ec; margin: 24px 0;">
${content.footer.map((text) => htmlParagraph(text, `margin: 0 0 8px; font-size: 13px; line-height: 1.5; color: ${MUTED_COLOR};`)).join('\n')}`;
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin: 0; padding: 0; background: #f5f7fa;">
<div role="article" aria-label="${escapeHtml(content.subject)}" lang="${language}" style="${FONT}; max-width: 600px; margin: 0 auto; padding: 32px 24px; background: #ffffff;">
<h1 style="margin: 0 0 24px; font-size: 22px; line-height: 1.3; color: ${TEXT_COLOR};">${escapeHtml(content.subject)}</h1>
${paragraphs}
${action}
${footer}
</div>
</body>
</html>
`;
}

function textLayout(content: MailContent): string {
  const blocks = [
    ...content.paragraphs,
    ...(content.action === undefined ? [] : [`${content.action.label}:\n${content.action.url}`]),
    ...(content.footer === undefined || content.footer.length === 0 ? [] : ['--', content.footer.join('\n')]),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The shared layout of every message: the same content as plain text and as simple, accessible
 * HTML (inline styles for mail clients, the language declared, every text escaped, so user
 * content such as a suggestion's title can go in as it is).
 */
export function renderMail(language: Language, content: MailContent): RenderedMail {
  return { subject: content.subject, text: textLayout(content), html: htmlLayout(language, content) };
}
