import { CLIENT_ROUTES, PRIVATE_ROUTES } from '@app/core';

/** A route pattern up to its first parameter: the prefix of every address it matches. */
function staticPrefix(pattern: string): string {
  const parameter = pattern.indexOf(':');
  return parameter === -1 ? pattern : pattern.slice(0, parameter);
}

/**
 * Public pages open to crawlers; pages behind a sign-in, sign-in flows, mail links and the
 * API closed. The sitemap is named by its absolute address, as the protocol asks.
 */
export function robotsTxt(publicUrl: string): string {
  const closed = [...new Set(PRIVATE_ROUTES.map((route) => staticPrefix(CLIENT_ROUTES[route])))];
  return [
    'User-agent: *',
    'Allow: /',
    ...closed.map((prefix) => `Disallow: ${prefix}`),
    'Disallow: /graphql',
    'Disallow: /mail/',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
