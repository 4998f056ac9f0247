import { randomUUID } from 'node:crypto';
import { Role } from '@app/accounts';
import { CuratedListsService } from '@app/curation';
import { DomainEvents } from '@app/events';
import { createSignedInUser, type SignedInUser } from './accounts';
import { setMailState } from './mail-state';
import { submitProposal, themeIds } from './proposals';
import type { TestApp } from './test-app';

/**
 * What produces follow-up notifications through the real flow: an editor publishes a list, a
 * liaison records follow-up on its item, and the list's followers are notified (and mailed, if
 * their address is verified and they keep the default IMMEDIATE for follow-up).
 */
export class FollowUpScene {
  private constructor(
    private readonly t: TestApp,
    private readonly editor: SignedInUser,
    private readonly liaison: SignedInUser,
    private readonly author: SignedInUser,
    private readonly themeId: string,
  ) {}

  static async start(t: TestApp): Promise<FollowUpScene> {
    return new FollowUpScene(
      t,
      await createSignedInUser(t, [Role.EDITOR]),
      await createSignedInUser(t, [Role.LIAISON]),
      await createSignedInUser(t),
      Object.values(await themeIds(t))[0]!,
    );
  }

  /** A published list with one item holding a new suggestion (or these); its id, slug and item id. */
  async publishedList(title: string, proposalIds?: string[]) {
    const ids = proposalIds ?? [
      (await submitProposal(this.t, this.author, { title: `${title}: suggestie`, themeId: this.themeId })).id,
    ];
    const lists = this.t.app.get(CuratedListsService);
    const created = await lists.create(this.editor.user, {
      title,
      slug: `lijst-${randomUUID().slice(0, 8)}`,
      addressee: 'Minister van Economische Zaken',
      language: 'nl',
    });
    const id = created.list._id.toHexString();
    await lists.updateDraft(id, { items: [{ title: `${title}: punt`, proposalIds: ids }] });
    const view = await lists.publish(this.editor.user, id);
    await this.t.app.get(DomainEvents).drain();
    return { id, slug: created.list.slug, itemId: view.content.items[0]!.id };
  }

  async recordFollowUp(itemId: string, note: string): Promise<void> {
    const response = await this.t.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }',
      { input: { itemId, statusKey: 'in-talks', note } },
      { token: this.liaison.accessToken },
    );
    if (response.errors !== undefined) {
      throw new Error(`recordFollowUp failed: ${JSON.stringify(response.errors)}`);
    }
    await this.t.app.get(DomainEvents).drain();
  }

  /** A new member who follows the list, with their mail state set. */
  async follower(listId: string, state: Parameters<typeof setMailState>[2]): Promise<SignedInUser> {
    const user = await createSignedInUser(this.t);
    await setMailState(this.t.app, user.user._id, state);
    const followed = await this.t.gql(
      'mutation ($id: ID!) { follow(targetId: $id) }',
      { id: listId },
      { token: user.accessToken },
    );
    if (followed.errors !== undefined) {
      throw new Error(`follow failed: ${JSON.stringify(followed.errors)}`);
    }
    return user;
  }
}
