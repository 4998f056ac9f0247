import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormField } from '../components';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import type { MailFrequency, NotificationType } from '../gql/graphql';
import { ProfileSection } from './ProfileSection';
import { Status } from './Status';

const PREFERENCES = graphql(`
  query NotificationPreferences {
    me {
      id
      notificationPreferences {
        type
        email
      }
    }
  }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      id
      notificationPreferences {
        type
        email
      }
    }
  }
`);

/** In this order on the page: the most frequent first. */
const TYPES: NotificationType[] = [
  'COMMENT_ADDED',
  'COMMENT_REPLY',
  'FOLLOW_UP_RECORDED',
  'LIST_PUBLISHED',
  'PROPOSAL_MERGED',
  'PROPOSAL_HIDDEN',
];
const FREQUENCIES: MailFrequency[] = ['IMMEDIATE', 'DAILY', 'NEVER'];

/** `/profiel#meldingen`: per kind of notification, whether and how often it comes by mail. Saved on each choice. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: PREFERENCES });
  const [saving, save] = useMutation(UPDATE_PREFERENCES);
  const [saved, setSaved] = useState<{ type: NotificationType; email: MailFrequency } | null>(null);
  // A choice shows at once, before the API's answer (and goes back if the API refuses it).
  const [chosen, setChosen] = useState<Partial<Record<NotificationType, MailFrequency>>>({});
  const stored = new Map(data?.me?.notificationPreferences?.map(({ type, email }) => [type, email]));
  const choose = (type: NotificationType, email: MailFrequency) => {
    setSaved(null);
    setChosen((current) => ({ ...current, [type]: email }));
    void save({ input: { preferences: [{ type, email }] } }).then((result) => {
      if (result.data) setSaved({ type, email });
      else setChosen((current) => ({ ...current, [type]: undefined }));
    });
  };
  return (
    <ProfileSection id="meldingen">
      <p>{t('profile.notifications.intro')}</p>
      <Status fetching={fetching && !data} error={error} />
      {TYPES.filter((type) => stored.has(type)).map((type) => (
        <fieldset key={type} className="choices">
          <legend>{t(`profile.notifications.types.${type}`)}</legend>
          {FREQUENCIES.map((frequency) => (
            <FormField
              key={frequency}
              layout="choice"
              label={t(`profile.notifications.frequencies.${frequency}`)}
            >
              {(control) => (
                <input
                  type="radio"
                  name={`mail-${type}`}
                  value={frequency}
                  checked={(chosen[type] ?? stored.get(type)) === frequency}
                  onChange={() => choose(type, frequency)}
                  {...control}
                />
              )}
            </FormField>
          ))}
        </fieldset>
      ))}
      <p role="status">
        {saved &&
          t('profile.notifications.saved', {
            type: t(`profile.notifications.types.${saved.type}`),
            frequency: t(`profile.notifications.frequencies.${saved.email}`),
          })}
      </p>
      <ErrorMessage error={saving.error} />
    </ProfileSection>
  );
}
