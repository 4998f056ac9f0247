import { UnitOfWork } from '@app/database';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Types } from 'mongoose';
import { z } from 'zod';
import { hasAnyRole, Role, type User } from '@app/accounts';
import {
  bodyText,
  lineText,
  buildConnection,
  ConflictError,
  type Connection,
  ForbiddenError,
  InvalidInputError,
  LANGUAGES,
  NotFoundError,
  parseInput,
  RequestLoader,
  resolvePageRequest,
  slugText,
} from '@app/core';
import { foldText, ProposalsService } from '@app/proposals';
import { DomainEvents } from '@app/events';
import { FollowUpService } from '../follow-up/follow-up.service';
import {
  type CuratedListRecord,
  type ListContent,
  type ListItem,
  type ListVersionRecord,
  type SuggestionSnapshot,
  versionId,
} from './curated-list.schema';
import { CuratedListsRepository } from './curated-lists.repository';

export const MAX_ITEMS = 25;

/** An item of a published list's latest version, as comments on it need it. */
export interface PublishedItem {
  listId: Types.ObjectId;
  slug: string;
  itemId: string;
  title: string;
}

const slugSchema = slugText(80);
const titleSchema = lineText({ min: 3, max: 140 });
const descriptionSchema = z
  .string()
  .trim()
  .pipe(bodyText({ max: 10_000 }));
const addresseeSchema = lineText({ min: 2, max: 140 });

const createSchema = z.object({
  title: titleSchema,
  slug: slugSchema.nullish(),
  description: descriptionSchema.default(''),
  addressee: addresseeSchema,
  language: z.enum(LANGUAGES),
});

const itemSchema = z.object({
  id: z.string().nullish(),
  title: lineText({ min: 2, max: 200 }),
  body: bodyText({ max: 10_000 }).default(''),
  proposalIds: z.array(z.string()).max(100, 'at most 100 suggestions per item').default([]),
});

const updateSchema = z.object({
  title: titleSchema.nullish(),
  description: descriptionSchema.nullish(),
  addressee: addresseeSchema.nullish(),
  items: z.array(itemSchema).max(MAX_ITEMS, `at most ${MAX_ITEMS} items`).nullish(),
});

export type CreateListData = z.input<typeof createSchema>;
export type UpdateDraftData = z.input<typeof updateSchema>;
/** A new item; it always gets a new id. */
export type NewDraftItemData = Omit<z.input<typeof itemSchema>, 'id'>;

/** What a reader sees: a published version or the draft, with the list it belongs to. */
export interface ListView {
  list: CuratedListRecord;
  content: ListContent;
  status: 'DRAFT' | 'PUBLISHED';
  /** The version number; for a draft, the number it gets when published. */
  version: number;
  publishedAt: Date | null;
  publishedBy: Types.ObjectId | null;
  /** The linked suggestions' text at publication; null for a draft. */
  snapshots: SuggestionSnapshot[] | null;
}

function slugFrom(title: string): string {
  return foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function isEditor(user: User | null): boolean {
  return user !== null && hasAnyRole(user.roles, [Role.EDITOR]);
}

@Injectable()
export class CuratedListsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CuratedListsService.name);

  /** The lists whose latest version links a proposal, by proposal id, batched per request. */
  readonly includedInLoader = new RequestLoader<string, ListView[]>(async (proposalIds) => {
    const ids = proposalIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    const lists = await this.lists.includingAny(ids);
    const views = await Promise.all(lists.map((list) => this.publishedView(list, list.latestVersion)));
    return proposalIds.map((proposalId) =>
      views.filter(
        (view): view is ListView =>
          view !== null && view.list.latestProposalIds.some((id) => id.toHexString() === proposalId),
      ),
    );
  });

  /** Published comments per list item id (0 when none), batched per request. */
  readonly itemCommentCountLoader = new RequestLoader<string, number>((itemIds) =>
    this.itemCommentCounts(itemIds),
  );

  constructor(
    private readonly lists: CuratedListsRepository,
    private readonly proposals: ProposalsService,
    private readonly followUps: FollowUpService,
    private readonly events: DomainEvents,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** In the background: the API answers meanwhile, and a publication is finished by its retry too. */
  onApplicationBootstrap(): void {
    this.finishInterruptedPublications().catch((error: unknown) =>
      this.logger.warn(`Interrupted publications not finished now: ${String(error)}`),
    );
  }

  /**
   * Finishes every publication cut short between its writes (a crash after the version was
   * inserted), as a retry would; answers how many there were.
   */
  async finishInterruptedPublications(): Promise<number> {
    let finished = 0;
    for (const list of await this.lists.allVersions()) {
      if ((await this.lists.findVersion(list._id, list.latestVersion + 1)) === null) {
        continue;
      }
      const id = list._id.toHexString();
      if (
        await this.unitOfWork.run(
          `list:${id}`,
          async () => (await this.finishPending(await this.require(id))) !== null,
        )
      ) {
        finished += 1;
      }
    }
    return finished;
  }

  async create(editor: User, input: CreateListData): Promise<ListView> {
    const data = parseInput(createSchema, input, 'input');
    const slug = data.slug ?? slugFrom(data.title);
    if (!slug) {
      throw new InvalidInputError(
        'input.slug: give a slug; the title has no letters or digits to make one',
        'input.slug',
      );
    }
    const list = await this.lists.insert({
      slug,
      language: data.language,
      draft: { title: data.title, description: data.description, addressee: data.addressee, items: [] },
      createdBy: editor._id,
    });
    if (list === null) {
      throw new ConflictError(
        `A list with the slug "${slug}" exists already; choose another slug.`,
        'SLUG_TAKEN',
      );
    }
    return this.draftView(list);
  }

  updateDraft(id: string, input: UpdateDraftData): Promise<ListView> {
    const data = parseInput(updateSchema, input, 'input');
    return this.unitOfWork.run(`list:${id}`, async () => {
      const list = await this.requireFinished(id);
      if (list.draft === null) {
        throw new ConflictError('Only a draft can be edited: open one with reviseCuratedList.');
      }
      const draft: ListContent = {
        title: data.title ?? list.draft.title,
        description: data.description ?? list.draft.description,
        addressee: data.addressee ?? list.draft.addressee,
        items: data.items ? await this.items(list.draft.items, data.items) : list.draft.items,
      };
      await this.lists.update(list._id, { draft });
      return this.draftView({ ...list, draft });
    });
  }

  /**
   * Appends one item to the draft, under the same rules as `updateDraft`. Several editors may
   * add items at once (from the workbench): each sees the draft as the previous one left it.
   */
  addDraftItem(id: string, input: NewDraftItemData): Promise<ListView> {
    const item = parseInput(itemSchema.omit({ id: true }), input, 'input');
    return this.unitOfWork.run(`list:${id}`, async () => {
      const list = await this.requireFinished(id);
      if (list.draft === null) {
        throw new ConflictError('Only a draft can be edited: open one with reviseCuratedList.');
      }
      if (list.draft.items.length >= MAX_ITEMS) {
        throw new InvalidInputError(`input: at most ${MAX_ITEMS} items`, 'input', 'TOO_MANY', {
          max: MAX_ITEMS,
        });
      }
      const draft: ListContent = {
        ...list.draft,
        items: [...list.draft.items, ...(await this.items([], [item]))],
      };
      await this.lists.update(list._id, { draft });
      return this.draftView({ ...list, draft });
    });
  }

  /** The suggestions that an item of any list's open draft links, as hex ids. */
  async linkedInDrafts(): Promise<Set<string>> {
    const drafts = await this.lists.openDrafts();
    return new Set(
      drafts.flatMap((draft) =>
        draft.items.flatMap((item) => item.proposalIds.map((pid) => pid.toHexString())),
      ),
    );
  }

  /**
   * Freezes the draft, with the text of every linked suggestion, as the next version; the version
   * never changes afterwards. Inserting the version is the publication; what follows (follow-ups,
   * the event, the list's pointer to it) is finished by a retry, or by the next change to the list,
   * if it fails half-way.
   */
  publish(editor: User, id: string): Promise<ListView> {
    return this.unitOfWork.run(`list:${id}`, async () => {
      const list = await this.require(id);
      // A retry of a publication that failed half-way: finish that one.
      const finished = await this.finishPending(list);
      if (finished !== null) {
        return this.publishedViewOf(id, finished.version);
      }
      if (list.draft === null) {
        throw new ConflictError('There is no draft to publish: open one with reviseCuratedList.');
      }
      if (list.draft.items.length === 0) {
        throw new InvalidInputError('A list needs at least one item before it is published.', 'items');
      }
      const linked = [...new Set(list.draft.items.flatMap((item) => item.proposalIds.map(String)))];
      const suggestions = (await this.proposals.findMany(linked)).map((proposal) => ({
        proposalId: proposal._id,
        title: proposal.title,
        body: proposal.body,
      }));
      const version: ListVersionRecord = {
        _id: versionId(list._id, list.latestVersion + 1),
        listId: list._id,
        version: list.latestVersion + 1,
        ...list.draft,
        suggestions,
        publishedAt: new Date(),
        publishedBy: editor._id,
      };
      if (!(await this.lists.insertVersion(version))) {
        throw new ConflictError(
          `Version ${version.version} was published by someone else just now; reload the list.`,
        );
      }
      await this.completePublication(list, version);
      return this.publishedViewOf(id, version.version);
    });
  }

  private async publishedViewOf(id: string, version: number): Promise<ListView> {
    const view = await this.publishedView(await this.require(id), version);
    if (view === null) {
      throw new NotFoundError('Published version', `${id} v${version}`);
    }
    return view;
  }

  /**
   * Finishes a publication whose version was written but not yet pointed to, and answers that
   * version (null when there was none). Inside the list's unit of work.
   */
  private async finishPending(list: CuratedListRecord): Promise<ListVersionRecord | null> {
    const pending = await this.lists.findVersion(list._id, list.latestVersion + 1);
    if (pending !== null) {
      await this.completePublication(list, pending);
    }
    return pending;
  }

  /** Inside the list's unit of work: the list, with a publication that failed half-way finished first. */
  private async requireFinished(id: string): Promise<CuratedListRecord> {
    const list = await this.require(id);
    return (await this.finishPending(list)) === null ? list : this.require(id);
  }

  /**
   * Inside the list's unit of work. Each step may run again; moving the list's pointer comes last,
   * so it marks the whole as done.
   */
  private async completePublication(list: CuratedListRecord, version: ListVersionRecord): Promise<void> {
    const linked = new Map(
      version.items.flatMap((item) => item.proposalIds).map((pid) => [pid.toHexString(), pid]),
    );
    await this.followUps.startFollowUps(version, version.addressee);
    await this.events.publish(
      {
        type: 'LIST_PUBLISHED',
        listId: list._id.toHexString(),
        slug: list.slug,
        title: version.title,
        version: version.version,
        proposalIds: [...linked.keys()],
        actorId: version.publishedBy.toHexString(),
      },
      `list-published:${version._id}`,
    );
    await this.lists.update(list._id, {
      draft: null,
      latestVersion: version.version,
      latestProposalIds: [...linked.values()],
    });
  }

  /** Opens a draft from the latest version (or returns the draft that is open already). */
  revise(id: string): Promise<ListView> {
    return this.unitOfWork.run(`list:${id}`, async () => {
      const list = await this.requireFinished(id);
      if (list.draft !== null) {
        return this.draftView(list);
      }
      const latest = await this.lists.findVersion(list._id, list.latestVersion);
      if (latest === null) {
        throw new NotFoundError('Published version', `${id} v${list.latestVersion}`);
      }
      const draft: ListContent = {
        title: latest.title,
        description: latest.description,
        addressee: latest.addressee,
        items: latest.items,
      };
      await this.lists.update(list._id, { draft });
      return this.draftView({ ...list, draft });
    });
  }

  /**
   * A published version (the latest by default). Editors may ask for the draft; a list that was
   * never published shows its draft to editors only.
   */
  async find(
    viewer: User | null,
    slug: string,
    version: number | null,
    draft: boolean,
  ): Promise<ListView | null> {
    const list = await this.lists.findBySlug(slug.trim().toLowerCase());
    if (list === null) {
      return null;
    }
    if (draft || list.latestVersion === 0) {
      if (!isEditor(viewer)) {
        if (draft) throw new ForbiddenError('Only editors can read drafts.', 'ROLE_REQUIRED');
        return null;
      }
      return list.draft === null ? null : this.draftView(list);
    }
    return this.publishedView(list, version ?? list.latestVersion);
  }

  async page(
    viewer: User | null,
    args: { first?: number | null; after?: string | null; status?: 'DRAFT' | 'PUBLISHED' | null },
  ): Promise<Connection<ListView>> {
    const page = resolvePageRequest(args);
    const published = (args.status ?? 'PUBLISHED') === 'PUBLISHED';
    if (!published && !isEditor(viewer)) {
      throw new ForbiddenError('Only editors can list drafts.', 'ROLE_REQUIRED');
    }
    const { lists, totalCount } = await this.lists.page(published, page.after, page.limit + 1);
    const views = await Promise.all(
      lists.map(async (list) =>
        published ? this.publishedView(list, list.latestVersion) : this.draftView(list),
      ),
    );
    return buildConnection(
      views.filter((view): view is ListView => view !== null),
      page,
      totalCount,
      (view) => ({ key: view.list.createdAt.getTime(), id: view.list._id.toHexString() }),
    );
  }

  /**
   * A published version as anyone may read it, for the server's share previews: 'missing' when
   * no list has this slug or the version does not exist, 'unpublished' for a list only editors see.
   */
  async findPublic(slug: string, version: number | null): Promise<ListView | 'unpublished' | 'missing'> {
    const list = await this.lists.findBySlug(slug.trim().toLowerCase());
    if (list === null) return 'missing';
    if (list.latestVersion === 0) return 'unpublished';
    return (await this.publishedView(list, version ?? list.latestVersion)) ?? 'missing';
  }

  /** The latest published version of the list with this id, as `find` shows it by its slug. */
  async findById(viewer: User | null, id: string): Promise<ListView | null> {
    const list = await this.lists.findById(id);
    return list === null ? null : this.find(viewer, list.slug, null, false);
  }

  /**
   * The item with this id in the latest published version of its list, or null (no such item,
   * or revised out of the list). Every published item has a follow-up under its id, which names
   * its list: two reads by id, no scan.
   */
  async findPublishedItem(itemId: string): Promise<PublishedItem | null> {
    const [followUp] = await this.followUps.findFollowUps([itemId]);
    const list = followUp === undefined ? null : await this.lists.findById(followUp.listId);
    if (list === null || list.latestVersion === 0) {
      return null;
    }
    const version = await this.lists.findVersion(list._id, list.latestVersion);
    const item = version?.items.find((candidate) => candidate.id === itemId);
    return item === undefined ? null : { listId: list._id, slug: list.slug, itemId, title: item.title };
  }

  /** The slug of the list with this id; null when there is none. */
  async slugOf(id: Types.ObjectId): Promise<string | null> {
    return (await this.lists.findById(id))?.slug ?? null;
  }

  /** Published comments on a list item, as stored (0 when none). */
  async itemCommentCount(itemId: string): Promise<number> {
    const [count] = await this.lists.findCommentCounts([itemId]);
    return count?.total ?? 0;
  }

  /** Published comments on each of these list items, in their order (0 when none): one read. */
  async itemCommentCounts(itemIds: readonly string[]): Promise<number[]> {
    const counts = new Map(
      (await this.lists.findCommentCounts(itemIds)).map((count) => [count._id, count.total]),
    );
    return itemIds.map((id) => counts.get(id) ?? 0);
  }

  /**
   * Stores the count of published comments on a list item (libs/discussion recounts it). The
   * caller runs it in the item's comments unit of work.
   */
  setItemCommentCount(itemId: string, total: number): Promise<void> {
    return this.lists.setCommentCount(itemId, total);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.lists.findById(id)) !== null;
  }

  /** The latest published version of every list, newest list first. */
  async allPublished(): Promise<ListView[]> {
    const views = await Promise.all(
      (await this.lists.allPublished()).map((list) => this.publishedView(list, list.latestVersion)),
    );
    return views.filter((view): view is ListView => view !== null);
  }

  versions(list: CuratedListRecord): Promise<{ version: number; publishedAt: Date }[]> {
    return this.lists.versionsOf(list._id);
  }

  private async publishedView(list: CuratedListRecord, version: number): Promise<ListView | null> {
    const record = await this.lists.findVersion(list._id, version);
    if (record === null) {
      return null;
    }
    return {
      list,
      content: record,
      status: 'PUBLISHED',
      version: record.version,
      publishedAt: record.publishedAt,
      publishedBy: record.publishedBy,
      snapshots: record.suggestions ?? [],
    };
  }

  private draftView(list: CuratedListRecord): ListView {
    if (list.draft === null) {
      throw new ConflictError('This list has no draft.');
    }
    return {
      list,
      content: list.draft,
      status: 'DRAFT',
      version: list.latestVersion + 1,
      publishedAt: null,
      publishedBy: null,
      snapshots: null,
    };
  }

  /** Validated items; an item keeps its id when the input names an item of the current draft. */
  private async items(
    current: readonly ListItem[],
    input: z.output<typeof itemSchema>[],
  ): Promise<ListItem[]> {
    const known = new Set(current.map((item) => item.id));
    const wanted = [...new Set(input.flatMap((item) => item.proposalIds))];
    const found = new Set(
      (await this.proposals.findMany(wanted)).map((proposal) => proposal._id.toHexString()),
    );
    const missing = wanted.find((id) => !found.has(id));
    if (missing !== undefined) {
      throw new InvalidInputError(`input.items: suggestion ${missing} does not exist`, 'input.items');
    }
    const used = new Set<string>();
    return input.map((item) => {
      const id =
        item.id && known.has(item.id) && !used.has(item.id) ? item.id : new Types.ObjectId().toHexString();
      used.add(id);
      return {
        id,
        title: item.title,
        body: item.body,
        proposalIds: [...new Set(item.proposalIds)].map((pid) => new Types.ObjectId(pid)),
      };
    });
  }

  private async require(id: string): Promise<CuratedListRecord> {
    const list = await this.lists.findById(id);
    if (list === null) {
      throw new NotFoundError('Curated list', id);
    }
    return list;
  }
}
