import type { Language } from '@app/core';
import { type MailContent, type OutgoingMail, renderMail } from '@app/mail';

type Texts = Record<Language, MailContent>;

/** The mail that confirms the address a user registered with. */
export function verificationMail(language: Language, name: string, url: string): MailContent {
  const texts: Texts = {
    nl: {
      subject: 'Bevestig je e-mailadres',
      paragraphs: [
        `Hallo ${name},`,
        'Bevestig je e-mailadres voor Kabinet van Vernieuwing met de knop hieronder. De link werkt 48 uur.',
        'Heb je geen account aangemaakt? Dan kun je deze e-mail negeren.',
      ],
      action: { label: 'E-mailadres bevestigen', url },
    },
    en: {
      subject: 'Confirm your email address',
      paragraphs: [
        `Hello ${name},`,
        'Please confirm your email address for Kabinet van Vernieuwing with the button below. The link works for 48 hours.',
        'If you did not create an account, you can ignore this email.',
      ],
      action: { label: 'Confirm email address', url },
    },
  };
  return texts[language];
}

/** The mail to a new address that makes it the account's address once confirmed. */
export function changeEmailMail(language: Language, name: string, url: string): MailContent {
  const texts: Texts = {
    nl: {
      subject: 'Bevestig je nieuwe e-mailadres',
      paragraphs: [
        `Hallo ${name},`,
        'Je hebt gevraagd om dit adres te gebruiken voor je account bij Kabinet van Vernieuwing. Bevestig het met de knop hieronder; pas dan gaat de wijziging in. De link werkt 48 uur.',
        'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.',
      ],
      action: { label: 'Nieuw e-mailadres bevestigen', url },
    },
    en: {
      subject: 'Confirm your new email address',
      paragraphs: [
        `Hello ${name},`,
        'You asked to use this address for your Kabinet van Vernieuwing account. Confirm it with the button below; the change takes effect only then. The link works for 48 hours.',
        'If you did not ask for this, you can ignore this email.',
      ],
      action: { label: 'Confirm new email address', url },
    },
  };
  return texts[language];
}

/** The notice to the current address that someone asked to move the account to another one. */
export function emailChangeNoticeMail(language: Language, name: string, newEmail: string): MailContent {
  const texts: Texts = {
    nl: {
      subject: 'Je e-mailadres wordt gewijzigd',
      paragraphs: [
        `Hallo ${name},`,
        `Er is gevraagd om het e-mailadres van je account bij Kabinet van Vernieuwing te wijzigen in ${newEmail}. De wijziging gaat pas in als dat adres is bevestigd.`,
        'Was jij dit niet? Wijzig dan meteen je wachtwoord en neem contact op met de beheerders.',
      ],
    },
    en: {
      subject: 'Your email address is being changed',
      paragraphs: [
        `Hello ${name},`,
        `Someone asked to change the email address of your Kabinet van Vernieuwing account to ${newEmail}. The change takes effect only once that address is confirmed.`,
        'If this was not you, change your password at once and contact the administrators.',
      ],
    },
  };
  return texts[language];
}

/** The mail with a link to choose a new password. */
export function passwordResetMail(language: Language, name: string, url: string): MailContent {
  const texts: Texts = {
    nl: {
      subject: 'Kies een nieuw wachtwoord',
      paragraphs: [
        `Hallo ${name},`,
        'Er is gevraagd om het wachtwoord van je account bij Kabinet van Vernieuwing opnieuw in te stellen. Kies een nieuw wachtwoord met de knop hieronder. De link werkt 1 uur en één keer; daarna word je op al je apparaten afgemeld.',
        'Was jij dit niet? Negeer dan deze e-mail; je wachtwoord blijft zoals het is.',
      ],
      action: { label: 'Nieuw wachtwoord kiezen', url },
    },
    en: {
      subject: 'Choose a new password',
      paragraphs: [
        `Hello ${name},`,
        'Someone asked to reset the password of your Kabinet van Vernieuwing account. Choose a new password with the button below. The link works once, for 1 hour; afterwards you are signed out on all your devices.',
        'If this was not you, ignore this email; your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url },
    },
  };
  return texts[language];
}

/** The message in the shared layout, text and HTML, with every user-supplied text escaped. */
export function toOutgoingMail(
  key: string,
  to: string,
  language: Language,
  content: MailContent,
): OutgoingMail {
  return { key, to, ...renderMail(language, content) };
}
