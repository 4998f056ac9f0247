import { Controller, Get, Header, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { Public } from '@app/accounts';
import { ExportService } from './export.service';

/** Words for a suggestion withheld from the export (hidden or withdrawn since), in the list's language. */
const WITHHELD = { nl: '[niet meer openbaar]', en: '[no longer public]' } as const;

/** Spreadsheet-safe CSV: RFC 4180 quoting, CRLF, and cells that start with = + - @ neutralised. */
function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${stringify(
    [header, ...rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))],
    {
      escape_formulas: true,
      record_delimiter: 'windows',
    },
  )}`;
}

/** Open data: published lists with their follow-up, and the published suggestions. */
@Public()
@Controller('export')
export class ExportController {
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

  @Get('proposals.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="proposals.csv"')
  async proposals(): Promise<string> {
    const proposals = await this.exports.proposals();
    return toCsv(
      [
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
      ],
      proposals.map((p) => [
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
      ]),
    );
  }
}
