import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Types } from 'mongoose';
import { type User, UsersService } from '@app/accounts';
import type { AppConfig } from '@app/core';
import { Mailer, type MailContent, renderMail } from '@app/mail';
import type { NotificationRecord, NotificationType } from '../notifications.schema';
import { NotificationsRepository } from '../notifications.repository';
import { PreferencesService } from '../preferences/preferences.service';
import { type UnsubscribeScope, UnsubscribeTokens } from '../preferences/unsubscribe-tokens';
import {
  digestMail,
  immediateMail,
  type MailLinks,
  oneClickUnsubscribeUrl,
} from './notification-mail-content';

/**
 * Whether notification mail may go to this user at all: only to an address the user proved to
 * read (docs/PRIVACY.md), and never to a blocked user.
 */
export function receivesNotificationMail(user: User): boolean {
  return user.emailVerifiedAt !== null && user.blockedAt === null;
}

/** Notification mail: one at once, or the day's digest; each sent once by its key. */
@Injectable()
export class NotificationMailer {
  private readonly publicUrl: string;

  constructor(
    private readonly mailer: Mailer,
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: PreferencesService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsRepository,
    config: ConfigService<AppConfig, true>,
  ) {
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
  }

  /** The recipients to mail a notification of `type` at once, by id (hex). */
  async immediateRecipients(
    userIds: readonly Types.ObjectId[],
    type: NotificationType,
  ): Promise<Map<string, User>> {
    const preferences = await this.preferences.ofEach(userIds);
    const wanted = userIds.filter((id) => preferences.get(id.toHexString())?.[type] === 'IMMEDIATE');
    const users = wanted.length === 0 ? [] : await this.users.findByIds(wanted);
    return new Map(users.filter(receivesNotificationMail).map((user) => [user._id.toHexString(), user]));
  }

  /** Mails one notification unless it went out already; safe to repeat (the key `notification:<id>`). */
  async sendNow(user: User, notification: NotificationRecord): Promise<void> {
    if (notification.mailedAt !== null) {
      return;
    }
    await this.send(`notification:${notification._id.toHexString()}`, user, notification.type, (links) =>
      immediateMail(notification, user.language, links),
    );
    await this.notifications.markMailed(notification._id, new Date());
  }

  /** Mails the day's digest (key `digest:<userId>:<day>`, so a repeat adds nothing). */
  async sendDigest(user: User, notifications: readonly NotificationRecord[], day: string): Promise<void> {
    await this.send(`digest:${user._id.toHexString()}:${day}`, user, 'ALL', (links) =>
      digestMail(notifications, user.language, links),
    );
  }

  private async send(
    key: string,
    user: User,
    scope: UnsubscribeScope,
    compose: (links: MailLinks) => MailContent,
  ): Promise<void> {
    const links: MailLinks = {
      publicUrl: this.publicUrl,
      unsubscribeToken: this.tokens.sign({ userId: user._id.toHexString(), scope }),
    };
    await this.mailer.send({
      key,
      to: user.email,
      ...renderMail(user.language, compose(links)),
      unsubscribeUrl: oneClickUnsubscribeUrl(links),
    });
  }
}
