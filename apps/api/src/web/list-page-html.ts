import { CLIENT_ROUTES, formatMoment, readableTextColor } from '@app/core';
import {
  type FollowUpEventRecord,
  type FollowUpStatusRecord,
  handoverOf,
  listedSuggestions,
  type ListView,
  publicNote,
} from '@app/curation';
import type { ProposalRecord } from '@app/proposals';
import { escapeHtml, SITE_NAME } from './page-head';

type Language = 'nl' | 'en';

/** What anyone may read of a list's current published version: the input of `listPageHtml`. */
export interface PublishedListPage {
  slug: string;
  language: Language;
  title: string;
  description: string;
  addressee: string;
  version: number;
  publishedAt: Date;
  items: PublishedListPageItem[];
  /** Every published version, oldest first. */
  versions: { version: number; publishedAt: Date }[];
  /** Items per kind of their follow-up's current status. */
  summary: { open: number; inProgress: number; done: number; declined: number };
}

export interface PublishedListPageItem {
  id: string;
  position: number;
  title: string;
  /** Markdown, as editors wrote it. */
  body: string;
  /** Published comments on the item. */
  commentCount: number;
  /** The suggestions it came from, as anyone may see them: no title once withheld, votes for while public. */
  suggestions: { id: string; title: string | null; upvotes: number | null }[];
  /** Null before one is recorded. */
  followUp: {
    /** The current status (its name in the page's language, its colour); null when the status is gone. */
    status: { name: string; color: string } | null;
    progress: number;
    nextReviewAt: Date | null;
    /** Oldest first: a status change (`status`, the note in Markdown) or the handover. */
    events: {
      at: Date;
      status: string | null;
      handover: { addressee: string; version: number } | null;
      note: string;
      link: string | null;
    }[];
  } | null;
}

/** What the server reads besides the version itself, for `publishedListPage`. */
export interface PublishedListReads {
  followUps: readonly { _id: string; statusKey: string; progress: number; nextReviewAt: Date | null }[];
  /** Of the version's items, oldest first. */
  events: readonly FollowUpEventRecord[];
  statuses: readonly FollowUpStatusRecord[];
  /** Per item, in the version's order. */
  commentCounts: readonly number[];
  /** The linked suggestions as they are now (missing ones left out). */
  proposals: readonly ProposalRecord[];
  /** Of the list, oldest first. */
  versions: readonly { version: number; publishedAt: Date }[];
}

/** The words of the page around the list's own text, in the list's language (as the web client says them). */
const LABELS = {
  nl: {
    skip: 'Naar de inhoud',
    menu: 'Menu',
    navigation: 'Hoofdmenu',
    proposals: 'Suggesties',
    lists: 'Lijsten',
    statistics: 'Statistieken',
    signIn: 'Inloggen',
    register: 'Registreren',
    addressee: 'Aan',
    version: (version: number, date: string) => `Versie ${version}, gepubliceerd op ${date}`,
    follow: 'Log in om deze lijst te volgen.',
    summary: (s: PublishedListPage['summary']) =>
      `${s.open} open, ${s.inProgress} in behandeling, ${s.done} afgerond, ${s.declined} afgewezen`,
    export: 'Download als CSV of JSON',
    progress: 'Voortgang',
    nextReview: (date: string) => `Volgende controle: ${date}`,
    link: 'Meer informatie',
    suggestions: 'Onderliggende suggesties',
    withheld: 'Een suggestie die niet meer openbaar is',
    votesFor: (count: number) => (count === 1 ? '1 voorstem' : `${count} voorstemmen`),
    timeline: 'Verloop',
    handedOver: (addressee: string, version: number) => `Overhandigd aan ${addressee} (versie ${version})`,
    discussion: (count: number) => (count === 1 ? 'Discussie (1 reactie)' : `Discussie (${count} reacties)`),
    footerLabel: 'Over dit platform',
    tagline: 'Ondernemers doen suggesties voor de overheid; iedereen kan volgen wat er met de beste gebeurt.',
    about: 'Over het platform',
    privacy: 'Privacy',
    allLists: 'Alle lijsten',
    versions: 'Versies',
    versionLink: (version: number) => `Versie ${version}`,
    changesIn: 'wat is er veranderd',
  },
  en: {
    skip: 'Skip to content',
    menu: 'Menu',
    navigation: 'Main menu',
    proposals: 'Suggestions',
    lists: 'Lists',
    statistics: 'Statistics',
    signIn: 'Sign in',
    register: 'Register',
    addressee: 'To',
    version: (version: number, date: string) => `Version ${version}, published on ${date}`,
    follow: 'Sign in to follow this list.',
    summary: (s: PublishedListPage['summary']) =>
      `${s.open} open, ${s.inProgress} in progress, ${s.done} done, ${s.declined} declined`,
    export: 'Download as CSV or JSON',
    progress: 'Progress',
    nextReview: (date: string) => `Next review: ${date}`,
    link: 'More information',
    suggestions: 'Underlying suggestions',
    withheld: 'A suggestion that is no longer public',
    votesFor: (count: number) => (count === 1 ? '1 vote for' : `${count} votes for`),
    timeline: 'Timeline',
    handedOver: (addressee: string, version: number) => `Handed over to ${addressee} (version ${version})`,
    discussion: (count: number) =>
      count === 1 ? 'Discussion (1 comment)' : `Discussion (${count} comments)`,
    footerLabel: 'About this platform',
    tagline: 'Entrepreneurs make suggestions to government; anyone can follow what becomes of the best ones.',
    about: 'About the platform',
    privacy: 'Privacy',
    allLists: 'All lists',
    versions: 'Versions',
    versionLink: (version: number) => `Version ${version}`,
    changesIn: 'what changed',
  },
} as const;

/**
 * What the server renders of a published version: its content and, per item, what the web client
 * shows a visitor who is not signed in (follow-up status, details and timeline, the linked
 * suggestions anyone may read with their votes for, the number of comments), named in the list's
 * language; nothing else (no draft, no withheld suggestion's text, no moderation).
 */
export function publishedListPage(view: ListView, reads: PublishedListReads): PublishedListPage {
  const { content, list } = view;
  const language = list.language;
  const followUpOf = new Map(reads.followUps.map((followUp) => [followUp._id, followUp]));
  const statusOf = new Map(reads.statuses.map((status) => [status.key, status]));
  const proposalOf = new Map(reads.proposals.map((proposal) => [proposal._id.toHexString(), proposal]));
  const snapshots = new Map(
    (view.snapshots ?? []).map((snapshot) => [snapshot.proposalId.toHexString(), snapshot]),
  );
  const summary = { open: 0, inProgress: 0, done: 0, declined: 0 };
  const counters = { OPEN: 'open', IN_PROGRESS: 'inProgress', DONE: 'done', DECLINED: 'declined' } as const;
  for (const item of content.items) {
    const followUp = followUpOf.get(item.id);
    if (followUp !== undefined) summary[counters[statusOf.get(followUp.statusKey)?.kind ?? 'OPEN']] += 1;
  }
  return {
    summary,
    slug: list.slug,
    language,
    title: content.title,
    description: content.description,
    addressee: content.addressee,
    version: view.version,
    publishedAt: view.publishedAt ?? list.updatedAt,
    versions: reads.versions.map(({ version, publishedAt }) => ({ version, publishedAt })),
    items: content.items.map((item, index) => {
      const followUp = followUpOf.get(item.id);
      const status = followUp === undefined ? undefined : statusOf.get(followUp.statusKey);
      const suggestions = listedSuggestions(
        null,
        item.proposalIds.map((id) => id.toHexString()),
        snapshots,
        proposalOf,
      );
      return {
        id: item.id,
        position: index + 1,
        title: item.title,
        body: item.body,
        commentCount: reads.commentCounts[index] ?? 0,
        suggestions: suggestions.map((suggestion) => ({
          id: suggestion.id,
          title: suggestion.title,
          upvotes: suggestion.proposal?.upvotes ?? null,
        })),
        followUp:
          followUp === undefined
            ? null
            : {
                status: status === undefined ? null : { name: status.name[language], color: status.color },
                progress: followUp.progress,
                nextReviewAt: followUp.nextReviewAt,
                events: reads.events
                  .filter((event) => event.itemId === item.id)
                  .map((event) => ({
                    at: event.at,
                    status: statusOf.get(event.toStatus)?.name[language] ?? null,
                    handover: handoverOf(event),
                    note: publicNote(event),
                    link: event.link,
                  })),
              },
      };
    }),
  };
}

/** Where a Markdown link may lead on the server's page: the web and e-mail, nothing that runs. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** `[text](address "title")`, and an image `![alt](address)`. */
const LINK = /(!?)\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g;

/** Bold, italics and code, on text that is already escaped: only our own tags are added. */
function marks(escaped: string): string {
  return escaped
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_match, a?: string, b?: string) => `<strong>${a ?? b}</strong>`)
    .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * Inline Markdown on text that is already escaped: links (an address is taken as it is, no marks
 * inside it) and the marks of `marks` around them.
 */
function inline(escaped: string): string {
  let html = '';
  let from = 0;
  for (const match of escaped.matchAll(LINK)) {
    const [source, image, text = '', href = ''] = match;
    html += marks(escaped.slice(from, match.index));
    html +=
      image === '' && SAFE_LINK.test(href)
        ? `<a href="${href}" rel="ugc nofollow">${marks(text)}</a>`
        : marks(text);
    from = match.index + source.length;
  }
  return html + marks(escaped.slice(from));
}

const BULLET = /^\s{0,3}[-*+]\s+/;
const NUMBERED = /^\s{0,3}\d+[.)]\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;

/**
 * Markdown as plain HTML for the first paint: paragraphs, bulleted and numbered lists, headings as
 * bold paragraphs, bold, italics and code; links to the web and to e-mail addresses (others, and
 * images, keep their text). Every character of the source is escaped before any tag is added.
 */
export function markdownHtml(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const list = lines.every((line) => BULLET.test(line))
        ? { tag: 'ul', mark: BULLET }
        : lines.every((line) => NUMBERED.test(line))
          ? { tag: 'ol', mark: NUMBERED }
          : null;
      if (list !== null) {
        const items = lines.map((line) => `<li>${inline(escapeHtml(line.replace(list.mark, '')))}</li>`);
        return `<${list.tag}>${items.join('')}</${list.tag}>`;
      }
      if (lines.length === 1 && HEADING.test(block)) {
        return `<p><strong>${inline(escapeHtml(block.replace(HEADING, '')))}</strong></p>`;
      }
      const text = lines.map((line) => inline(escapeHtml(line.replace(/^\s{0,3}>\s?/, '')))).join('\n');
      return `<p>${text}</p>`;
    })
    .join('');
}

/**
 * The published list page as plain semantic HTML, for inside the web client's root element: the
 * site's header and footer as the client draws them for a visitor who is not signed in, and the
 * list (title, addressee, version, description, each item's position, title, text and follow-up
 * status). It needs no script to paint. The client keeps its list for a visitor, drawing the
 * follow-up chart into the slot left for it, and renders the page itself when it must (a member
 * signed in, another language, a discussion opened: apps/web/src/pages/ListRoute.tsx). Every text
 * is escaped; the caller passes only what the published version shows to anyone.
 */
export function listPageHtml(page: PublishedListPage): string {
  const labels = LABELS[page.language];
  const day = (moment: Date) => formatMoment(moment, page.language);
  const path = CLIENT_ROUTES.list.replace(':slug', encodeURIComponent(page.slug));
  const signIn = `/inloggen?terug=${encodeURIComponent(path)}`;
  const moreInformation = (link: string | null) =>
    link === null
      ? ''
      : `<p><a href="${escapeHtml(link)}" rel="noopener noreferrer nofollow">${labels.link}</a></p>`;
  const items = page.items.map((item) => {
    const { followUp } = item;
    const parts = [`<h2>${escapeHtml(item.title)}</h2>`];
    if (followUp?.status != null) {
      parts.push(
        `<p><span class="badge badge-neutral" style="${escapeHtml(
          `background:${followUp.status.color};color:${readableTextColor(followUp.status.color)}`,
        )}">${escapeHtml(followUp.status.name)}</span> ` +
          `<span class="progress-bar"><progress max="100" value="${followUp.progress}" aria-label="${labels.progress}"></progress>` +
          `<span class="progress-text">${labels.progress}: ${followUp.progress}%</span></span></p>`,
      );
    }
    if (followUp !== null) {
      parts.push(moreInformation(followUp.events.findLast((event) => event.link !== null)?.link ?? null));
      if (followUp.nextReviewAt !== null) {
        parts.push(`<p class="meta">${escapeHtml(labels.nextReview(day(followUp.nextReviewAt)))}</p>`);
      }
    }
    parts.push(markdownHtml(item.body));
    if (item.suggestions.length > 0) {
      const suggestions = item.suggestions.map(
        (suggestion) =>
          `<li>${
            suggestion.title === null
              ? `<em>${labels.withheld}</em>`
              : `<a href="/voorstel/${encodeURIComponent(suggestion.id)}">${escapeHtml(suggestion.title)}</a>`
          }${
            suggestion.upvotes === null
              ? ''
              : ` <span class="badge badge-neutral">${labels.votesFor(suggestion.upvotes)}</span>`
          }</li>`,
      );
      parts.push(
        `<details><summary>${labels.suggestions}</summary><ul>${suggestions.join('')}</ul></details>`,
      );
    }
    if (followUp !== null) {
      const events = followUp.events.map(
        (event) =>
          `<li><strong>${day(event.at)}</strong> — ${escapeHtml(
            event.handover === null
              ? (event.status ?? '')
              : labels.handedOver(event.handover.addressee, event.handover.version),
          )}${event.note === '' ? '' : `<div class="follow-up-note">${markdownHtml(event.note)}</div>`}${moreInformation(event.link)}</li>`,
      );
      parts.push(
        `<details><summary>${labels.timeline}</summary><ol class="timeline">${events.join('')}</ol></details>`,
      );
    }
    parts.push(
      // Only the client can show the comments: opening the fold has it render the page itself.
      `<details id="reacties-${escapeHtml(item.id)}" data-client-fold><summary>${labels.discussion(item.commentCount)}</summary></details>`,
    );
    return `<li class="card" id="punt-${item.position}" value="${item.position}">${parts.join('')}</li>`;
  });
  const versionPath = (version: number) => `${path}/versie/${version}`;
  const versions =
    page.versions.length === 0
      ? ''
      : `<nav aria-label="${labels.versions}" class="list-versions"><h2>${labels.versions}</h2><ul>${page.versions
          .map(
            ({ version, publishedAt }) =>
              `<li><a href="${versionPath(version)}">${labels.versionLink(version)}</a> ` +
              `<span class="meta">${day(publishedAt)}</span>` +
              (version > 1
                ? ` · <a href="${versionPath(version)}?vergelijk=${version - 1}">${labels.changesIn}</a>`
                : '') +
              '</li>',
          )
          .join('')}</ul></nav>`;
  return [
    `<a class="skip-link" href="#main">${labels.skip}</a>`,
    `<header class="site-header"><div class="site-header-inner">`,
    `<a class="brand" href="/">${escapeHtml(SITE_NAME)}</a>`,
    `<button type="button" class="menu-toggle" aria-expanded="false"><span aria-hidden="true">☰</span>${labels.menu}</button>`,
    `<div class="site-menu"><nav aria-label="${labels.navigation}"><ul>`,
    `<li><a href="/suggesties">${labels.proposals}</a></li>`,
    `<li><a href="/lijsten">${labels.lists}</a></li>`,
    `<li><a href="/statistieken">${labels.statistics}</a></li>`,
    `</ul></nav><div class="site-account">`,
    `<a href="${escapeHtml(signIn)}">${labels.signIn}</a>`,
    `<a href="${escapeHtml(`/registreren?terug=${encodeURIComponent(path)}`)}">${labels.register}</a>`,
    `</div></div></div></header>`,
    `<main id="main" tabindex="-1"><div data-prerendered="${escapeHtml(path)}">`,
    `<article lang="${page.language}">`,
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p class="meta">${labels.addressee}: ${escapeHtml(page.addressee)} · ${escapeHtml(labels.version(page.version, day(page.publishedAt)))}</p>`,
    `<p><a href="${escapeHtml(signIn)}">${labels.follow}</a></p>`,
    markdownHtml(page.description),
    `<p>${labels.summary(page.summary)}</p>`,
    `<p><span class="export-links">${labels.export}: `,
    `<a class="target-link" href="/export/lists/${encodeURIComponent(page.slug)}.csv">CSV</a>`,
    `<a class="target-link" href="/export/lists/${encodeURIComponent(page.slug)}.json">JSON</a></span></p>`,
    `<ol>${items.join('')}</ol>`,
    // The follow-up chart, drawn by the client where it draws it on its own page.
    `<div data-client-slot="list-progress"></div>`,
    versions,
    `</article></div></main>`,
    `<footer class="site-footer"><div class="site-footer-inner">`,
    `<p><strong>${escapeHtml(SITE_NAME)}</strong> — ${labels.tagline}</p>`,
    `<nav aria-label="${labels.footerLabel}"><ul>`,
    `<li><a href="/over">${labels.about}</a></li>`,
    `<li><a href="/privacy">${labels.privacy}</a></li>`,
    `<li><a href="/lijsten">${labels.allLists}</a></li>`,
    `<li><a href="/statistieken">${labels.statistics}</a></li>`,
    `</ul></nav></div></footer>`,
  ].join('');
}

const ROOT = /<div id="root"><\/div>/;

/** index.html with `body` inside the web client's root element (replaced by a function: `$` stays text). */
export function withRootContent(indexHtml: string, body: string): string {
  return indexHtml.replace(ROOT, () => `<div id="root">${body}</div>`);
}

const STYLESHEET = /<link rel="stylesheet"([^>]*) href="(\/assets\/[^"]+\.css)"([^>]*)>/g;

/**
 * index.html with each built stylesheet's rules inline (`css(href)` reads the file), for a page
 * whose HTML paints before any script: the first paint then waits for no other request. The
 * `<link>` stays, `disabled` (neither fetched nor applied): the client's loader of lazy chunks adds
 * a chunk's stylesheets unless a `<link rel="stylesheet">` of the same URL is in the page.
 */
export function withInlineStyles(indexHtml: string, css: (href: string) => string): string {
  return indexHtml.replace(STYLESHEET, (link, before: string, href: string, after: string) => {
    const rules = css(href);
    // The rules are the build's own; a closing tag in them would end the element early.
    if (/<\/style/i.test(rules)) return link;
    return `<style>${rules}</style><link rel="stylesheet"${before} href="${href}"${after} disabled>`;
  });
}
