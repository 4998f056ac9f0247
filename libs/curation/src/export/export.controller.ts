import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, NotFoundException, Param, Query, Res, SetMetadata } from '@nestjs/common';
import { stringify as stringifyStream } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { Public } from '@app/accounts';
import { ExportService, type ProposalExport } from './export.service';

/** Marks an export that is throttled per IP address (see the API's throttler options). */
export const EXPORT_THROTTLED = 'curation:exportThrottled';

/**
 * Everything exported is public and the same for every reader; a minute-old copy in a cache
 * costs nothing and spares the server a repeat.
 */
const PUBLIC_CACHE = 'public, max-age=60';

/** Words for a suggestion withheld from the export (hidden or withdrawn since), in the list's language. */
const WITHHELD = { nl: '[niet meer openbaar]', en: '[no longer public]' } as const;

/** Spreadsheet-safe CSV: RFC 4180 quoting, CRLF, and cells that start with = + - @ neutralised. */
const CSV_OPTIONS = { escape_formulas: true, record_delimiter: 'windows' } as const;

type Cell = string | number | null;

function cells(row: Cell[]): string[] {
  return row.map((cell) => (cell === null ? '' : String(cell)));
}

function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${stringify([header, ...rows.map(cells)], CSV_OPTIONS)}`;
}

/** New columns go at the end, so that readers who take columns by position keep working. */
const PROPOSAL_HEADER = [
  'id',
  'title',
  'theme',
  'tags',
  'language',
  'upvotes',
  'downvotes',
  'author',
  'organization',
  'created_at',
  'comment_count',
  'comments_in_favor',
  'comments_against',
];

async function* proposalLines(proposals: AsyncIterable<ProposalExport>): AsyncGenerator<string[]> {
  yield PROPOSAL_HEADER;
  for await (const p of proposals) {
    yield cells([
      p.id,
      p.title,
      p.theme,
      p.tags.join(' '),
      p.language,
      p.upvotes,
      p.downvotes,
      p.author,
      p.organization,
      p.createdAt,
      p.commentCount,
      p.commentsInFavor,
      p.commentsAgainst,
    ]);
  }
}

/** Open data: published lists with their follow-up, and the published suggestions. */
@Public()
@Controller('export')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(private readonly exports: ExportService) {}

  @Get('lists/:file')
  async list(
    @Param('file') file: string,
    @Query('version') version: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const match = /^([a-z0-9-]{1,80})\.(csv|json)$/.exec(file);
    const versionNumber = version === undefined ? null : Number(version);
    if (
      match === null ||
      (versionNumber !== null && !(Number.isInteger(versionNumber) && versionNumber > 0))
    ) {
      throw new NotFoundException(
        'No such export: use /export/lists/<slug>.csv or .json, optionally ?version=N.',
      );
    }
    const [, slug = '', format] = match;
    const data = await this.exports.list(slug, versionNumber);
    if (data === null) {
      throw new NotFoundException(
        `No published list "${slug}"${versionNumber === null ? '' : ` version ${versionNumber}`}.`,
      );
    }
    const name = `${slug}-v${data.version}`;
    response.setHeader('Cache-Control', PUBLIC_CACHE);
    if (format === 'json') {
      response
        .type('application/json')
        .attachment(`${name}.json`)
        .send(JSON.stringify(data, null, 2));
      return;
    }
    const csv = toCsv(
      [
        'position',
        'item',
        'text',
        'suggestions',
        'upvotes',
        'downvotes',
        'status',
        'status_kind',
        'progress',
        'next_review_at',
        'last_updated_at',
        'events',
      ],
      data.items.map((item) => [
        item.position,
        item.title,
        item.body,
        item.proposals.map((proposal) => proposal.title ?? WITHHELD[data.language]).join('; '),
        item.proposals.reduce((sum, proposal) => sum + (proposal.upvotes ?? 0), 0),
        item.proposals.reduce((sum, proposal) => sum + (proposal.downvotes ?? 0), 0),
        item.followUp?.status ?? null,
        item.followUp?.kind ?? null,
        item.followUp?.progress ?? null,
        item.followUp?.nextReviewAt ?? null,
        item.followUp?.lastUpdatedAt ?? null,
        (item.followUp?.events ?? [])
          .map((event) => `${event.at} ${event.toStatus}: ${event.note}`)
          .join(' | '),
      ]),
    );
    response.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(csv);
  }

  /** Streamed from a cursor: memory stays bounded however many suggestions there are. */
  @Get('proposals.csv')
  @SetMetadata(EXPORT_THROTTLED, true)
  async proposals(@Res() response: Response): Promise<void> {
    const rows = this.exports.proposals();
    // The first row is read before the headers go out, so a database that is down still gets an error status.
    const first = await rows.next();
    response
      .type('text/csv; charset=utf-8')
      .attachment('proposals.csv')
      .setHeader('Cache-Control', PUBLIC_CACHE);
    async function* all(): AsyncGenerator<ProposalExport> {
      if (first.done !== true) {
        yield first.value;
        yield* rows;
      }
    }
    try {
      await pipeline(
        Readable.from(proposalLines(all())),
        stringifyStream({ ...CSV_OPTIONS, bom: true }),
        response,
      );
    } catch (error) {
      // The status is sent already: the client sees a cut-off download.
      this.logger.error({ err: error }, 'The suggestions export failed while streaming');
    }
  }
}
