import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AbstractHttpAdapter, HttpAdapterHost } from '@nestjs/core';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { type AppConfig, CLIENT_ROUTES, matchClientRoute } from '@app/core';
import { CuratedListsService, FollowUpService, type ListView } from '@app/curation';
import { ProposalsService } from '@app/proposals';
import { PublicReads } from '../public-reads/public-reads';
import { listPageHtml, publishedListPage, withInlineStyles, withRootContent } from './list-page-html';
import { GENERIC_DESCRIPTION, type PageHead, plainSummary, SITE_NAME, withHead } from './page-head';
import { robotsTxt } from './robots';
import { writeSitemap } from './sitemap';

export const WEB_ROOT = Symbol('WEB_ROOT');

/** Paths the API answers itself; the web client never claims them, not even with a 404 page. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/export', '/mail'];

/** Vite names every file under /assets after its content: a new build means new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface PageAnswer {
  status: 200 | 404;
  head: PageHead;
  /** The page as HTML inside the client's root element, so that it paints before any script runs. */
  body?: string;
}

/** Server-rendered list pages kept (the most recently used ones), each a few kB. */
const MAX_RENDERED_LISTS = 200;

/** Writes that are no GraphQL mutation (the CLI's) move no generation on: they show within this. */
const RENDERED_LIST_MAX_AGE_MS = 60_000;

const GENERIC_HEAD: PageHead = {
  title: SITE_NAME,
  description: GENERIC_DESCRIPTION,
  type: 'website',
  language: 'nl',
};
const GENERIC: PageAnswer = { status: 200, head: GENERIC_HEAD };
const NOT_FOUND: PageAnswer = { status: 404, head: { ...GENERIC_HEAD, noindex: true } };

function article(head: Omit<PageHead, 'type'>): PageAnswer {
  return { status: 200, head: { ...head, type: 'article' } };
}

/**
 * Serves the web client after the API's own routes: hashed assets precompressed (Brotli, gzip)
 * and cached for a year; index.html (never cached) with the page's title, description and Open
 * Graph tags, status 404 for paths that are no page of the client and for suggestions and lists
 * that do not exist; robots.txt and sitemap.xml.
 */
@Injectable()
export class WebClient implements OnModuleInit {
  private readonly indexHtml: string;
  /** index.html for pages the server renders: the stylesheet inline, so that they paint without it. */
  private readonly renderedIndexHtml: string;
  private readonly publicUrl: string;
  private readonly assets: string;
  /** The current version's page of each list by slug, valid while public reads' generation is `generation`. */
  private readonly renderedLists = new Map<
    string,
    { generation: number; renderedAt: number; answer: PageAnswer }
  >();

  constructor(
    @Inject(WEB_ROOT) private readonly root: string,
    private readonly adapterHost: HttpAdapterHost,
    private readonly proposals: ProposalsService,
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
    private readonly publicReads: PublicReads,
    config: ConfigService<AppConfig, true>,
  ) {
    this.indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
    this.renderedIndexHtml = withInlineStyles(this.indexHtml, (href) =>
      readFileSync(join(root, href), 'utf8'),
    );
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
    this.assets = join(root, 'assets');
  }

  onModuleInit(): void {
    // The CLI runs the same modules without an HTTP server.
    const adapter = this.adapterHost.httpAdapter as AbstractHttpAdapter | null;
    adapter?.getInstance<express.Express>().use(this.router());
  }

  private router(): Router {
    const router = express.Router();
    const files = expressStaticGzip(this.root, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res: ServerResponse, path: string) => {
          res.setHeader('Cache-Control', path.startsWith(this.assets) ? IMMUTABLE : 'no-cache');
        },
      },
    });
    // index.html is the template of every page, only served with its page's tags filled in.
    router.use((req, res, next) => (req.path === '/index.html' ? next() : files(req, res, next)));
    router.get('/robots.txt', (_req, res) => {
      res.type('text/plain').setHeader('Cache-Control', 'public, max-age=3600');
      res.send(robotsTxt(this.publicUrl));
    });
    router.get('/sitemap.xml', (_req, res, next) => {
      res.type('application/xml').setHeader('Cache-Control', 'public, max-age=3600');
      writeSitemap(res, this.publicUrl, this.proposals, this.lists).catch(next);
    });
    router.get('/{*path}', (req, res, next) => {
      if (API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) {
        next();
        return;
      }
      this.page(req.path).then(({ status, head, body }) => {
        res.status(status).type('html').setHeader('Cache-Control', 'no-cache');
        res.send(
          body === undefined
            ? withHead(this.indexHtml, head)
            : withRootContent(withHead(this.renderedIndexHtml, head), body),
        );
      }, next);
    });
    return router;
  }

  private async page(path: string): Promise<PageAnswer> {
    const match = path === '/index.html' ? null : matchClientRoute(path);
    if (match === null) return NOT_FOUND;
    const param = (name: string) => decodeURIComponent(match.params[name] ?? '');
    if (match.route === 'proposal') return this.proposalPage(param('id'));
    if (match.route === 'list') return this.currentListPage(param('slug'));
    if (match.route === 'listVersion') {
      const version = Number(param('version'));
      return Number.isInteger(version) && version > 0 ? this.listPage(param('slug'), version) : NOT_FOUND;
    }
    return GENERIC;
  }

  private async proposalPage(id: string): Promise<PageAnswer> {
    const proposal = await this.proposals.findById(id);
    if (proposal === null) return NOT_FOUND;
    // Hidden and withdrawn ones exist for their author and moderators, who sign in in the page.
    if (proposal.status !== 'PUBLISHED' && proposal.status !== 'MERGED') return GENERIC;
    return article({
      title: `${proposal.title} – ${SITE_NAME}`,
      description: plainSummary(proposal.body),
      url: `${this.publicUrl}${CLIENT_ROUTES.proposal.replace(':id', proposal._id.toHexString())}`,
      language: proposal.language,
    });
  }

  /**
   * A list's current version, rendered on the server (title, description, items and their
   * follow-up status), kept until the next write that public reads must show at once (publishing,
   * follow-up...): a generation read before rendering that is still current when it is done.
   */
  private async currentListPage(slug: string): Promise<PageAnswer> {
    const key = slug.trim().toLowerCase();
    const generation = this.publicReads.generation;
    const kept = this.renderedLists.get(key);
    if (
      kept !== undefined &&
      kept.generation === generation &&
      Date.now() - kept.renderedAt < RENDERED_LIST_MAX_AGE_MS
    ) {
      this.renderedLists.delete(key);
      this.renderedLists.set(key, kept);
      return kept.answer;
    }
    const renderedAt = Date.now();
    const view = await this.lists.findPublic(slug, null);
    const answer = await this.listPage(slug, null, view);
    if (typeof view === 'string') return answer;
    const itemIds = view.content.items.map((item) => item.id);
    const [followUps, events, statuses, commentCounts, proposals, versions] = await Promise.all([
      this.followUps.findFollowUps(itemIds),
      this.followUps.eventsOf(itemIds),
      this.followUps.statuses(),
      this.lists.itemCommentCounts(itemIds),
      this.proposals.findMany(
        view.content.items.flatMap((item) => item.proposalIds.map((id) => id.toHexString())),
      ),
      this.lists.versions(view.list),
    ]);
    answer.body = listPageHtml(
      publishedListPage(view, { followUps, events, statuses, commentCounts, proposals, versions }),
    );
    if (generation !== null && this.publicReads.generation === generation) {
      this.renderedLists.set(key, { generation, renderedAt, answer });
      if (this.renderedLists.size > MAX_RENDERED_LISTS) {
        const oldest = this.renderedLists.keys().next();
        if (oldest.done !== true) this.renderedLists.delete(oldest.value);
      }
    }
    return answer;
  }

  private async listPage(
    slug: string,
    version: number | null,
    found?: ListView | 'unpublished' | 'missing',
  ): Promise<PageAnswer> {
    const view = found ?? (await this.lists.findPublic(slug, version));
    if (view === 'missing') return NOT_FOUND;
    // Editors read a list before its first publication.
    if (view === 'unpublished') return GENERIC;
    const { content, list } = view;
    const path =
      version === null
        ? CLIENT_ROUTES.list.replace(':slug', list.slug)
        : CLIENT_ROUTES.listVersion.replace(':slug', list.slug).replace(':version', String(version));
    return article({
      title: `${content.title} – ${SITE_NAME}`,
      description: plainSummary(
        content.description.trim() !== ''
          ? content.description
          : `${content.addressee}: ${content.items.map((item) => item.title).join('; ')}`,
      ),
      url: `${this.publicUrl}${path}`,
      language: list.language,
    });
  }
}
