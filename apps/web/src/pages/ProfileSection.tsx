import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/** A section of the profile page, with its anchor and heading. */
export function ProfileSection({
  id,
  className = 'card',
  children,
}: {
  id: keyof typeof SECTIONS;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section id={id} className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(SECTIONS[id])}</h2>
      {children}
    </section>
  );
}
