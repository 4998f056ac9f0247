import type { Writable } from 'node:stream';
import { CLIENT_ROUTES, type ClientRoute, PRIVATE_ROUTES } from '@app/core';
import type { CuratedListsService } from '@app/curation';
import type { ProposalsService } from '@app/proposals';
import { escapeHtml } from './page-head';

/** Lists are read a page at a time (the GraphQL cap). */
const LIST_PAGE = 50;

/** The public pages without parameters: home, lists, statistics, about, … */
function fixedPages(): string[] {
  return (Object.entries(CLIENT_ROUTES) as [ClientRoute, string][])
    .filter(([route, pattern]) => !PRIVATE_ROUTES.includes(route) && !pattern.includes(':'))
    .map(([, pattern]) => pattern);
}

function entry(url: string, lastModified?: Date): string {
  const lastmod = lastModified === undefined ? '' : `<lastmod>${lastModified.toISOString()}</lastmod>`;
  return `<url><loc>${escapeHtml(url)}</loc>${lastmod}</url>\n`;
}

/** Writes until the stream asks to wait, then waits for it to drain. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) {
    await new Promise((resolve) => out.once('drain', resolve));
  }
}

/**
 * sitemap.xml: the fixed public pages, every published suggestion (streamed from a cursor, so
 * thousands cost no memory) and the latest version of every published list. Hidden, withdrawn and
 * merged suggestions and unpublished lists are left out.
 */
export async function writeSitemap(
  out: Writable,
  publicUrl: string,
  proposals: ProposalsService,
  lists: CuratedListsService,
): Promise<void> {
  await write(out, '<?xml version="1.0" encoding="UTF-8"?>\n');
  await write(out, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n');
  for (const page of fixedPages()) {
    await write(out, entry(`${publicUrl}${page === '/' ? '/' : page}`));
  }
  for await (const proposal of proposals.eachPublished()) {
    const path = CLIENT_ROUTES.proposal.replace(':id', proposal._id.toHexString());
    await write(out, entry(`${publicUrl}${path}`, proposal.updatedAt));
  }
  let after: string | null = null;
  do {
    const page = await lists.page(null, { first: LIST_PAGE, after });
    for (const { node } of page.edges) {
      const path = CLIENT_ROUTES.list.replace(':slug', encodeURIComponent(node.list.slug));
      await write(out, entry(`${publicUrl}${path}`, node.publishedAt ?? node.list.updatedAt));
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  out.end('</urlset>\n');
}
