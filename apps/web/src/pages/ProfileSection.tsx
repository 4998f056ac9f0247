import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components';

/** The sections, by their anchors (`/profiel#meldingen` is linked from every notification mail). */
export const SECTIONS = {
  gegevens: 'profile.details.title',
  'e-mailadres': 'profile.email.title',
  wachtwoord: 'profile.password.title',
  meldingen: 'profile.notifications.title',
  'mijn-suggesties': 'profile.suggestions.title',
  'mijn-stemmen': 'profile.votes.title',
  volgen: 'profile.follows.title',
  'mijn-gegevens': 'profile.data.title',
  'account-verwijderen': 'profile.delete.title',
} as const;

/** A section of the profile page, with its anchor and heading; `danger` for the danger zone. */
export function ProfileSection({
  id,
  tone,
  children,
}: {
  id: keyof typeof SECTIONS;
  tone?: 'danger';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card id={id} tone={tone} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(SECTIONS[id])}</h2>
      {children}
    </Card>
  );
}
