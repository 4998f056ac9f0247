import { Types } from 'mongoose';
import { renderMail } from '@app/mail';
import type { NotificationRecord } from '../notifications.schema';
import { digestMail, immediateMail } from './notification-mail-content';

const links = { publicUrl: 'https://kabinet.example', unsubscribeToken: 'abc.ALL.sig' };

function hidden(params: NotificationRecord['params']): NotificationRecord {
  return {
    _id: new Types.ObjectId(),
    key: 'event:user',
    userId: new Types.ObjectId(),
    type: 'PROPOSAL_HIDDEN',
    targetType: 'PROPOSAL',
    targetId: 'p1',
    targetSlug: null,
    params,
    createdAt: new Date(),
    readAt: null,
    mailedAt: null,
    digestDay: null,
  };
}

describe('notification mail content', () => {
  it("says a hidden suggestion's title only where the inbox does (to its author)", () => {
    const toFollower = immediateMail(hidden({}), 'nl', links);
    const toAuthor = immediateMail(hidden({ title: 'Geheime titel' }), 'en', links);
    expect(toFollower.subject).toBe('Een suggestie die je volgt is verborgen door de moderatie');
    expect(JSON.stringify(toFollower)).not.toContain('Geheime titel');
    expect(toAuthor.subject).toBe('“Geheime titel” was hidden by moderation');
    expect(toAuthor.action).toEqual({
      label: 'View the suggestion',
      url: 'https://kabinet.example/voorstel/p1',
    });
    expect(toAuthor.footer).toContain(
      'No more mail about hidden suggestions: https://kabinet.example/afmelden/abc.ALL.sig',
    );
  });

  it('lists every notification in the digest with its link, and escapes HTML', () => {
    const rendered = renderMail('nl', digestMail([hidden({ title: '<b>Vet</b>' }), hidden({})], 'nl', links));
    expect(rendered.subject).toBe('Je meldingen van vandaag (2)');
    expect(rendered.text).toContain(
      '„<b>Vet</b>” is verborgen door de moderatie\nhttps://kabinet.example/voorstel/p1',
    );
    expect(rendered.text).toContain(
      'Een suggestie die je volgt is verborgen door de moderatie\nhttps://kabinet.example/voorstel/p1',
    );
    expect(rendered.html).toContain('&lt;b&gt;Vet&lt;/b&gt;');
    expect(rendered.html).not.toContain('<b>');
    expect(rendered.text).toContain('https://kabinet.example/profiel#meldingen');
  });
});
