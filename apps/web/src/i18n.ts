import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'language';

export const resources = {
  nl: {
    translation: {
      appName: 'Kabinet van Vernieuwing',
      nav: { proposals: 'Suggesties', lists: 'Lijsten' },
      language: { label: 'Taal', nl: 'Nederlands', en: 'English' },
      proposals: {
        title: 'Suggesties van ondernemers',
        sort: 'Volgorde',
        theme: 'Thema',
        allThemes: 'Alle thema’s',
        search: 'Zoeken',
        more: 'Meer laden',
        empty: 'Geen suggesties gevonden.',
        count: '{{count}} suggesties',
        by: 'door {{name}}',
      },
      sort: {
        HOT: 'Populair',
        TOP: 'Meeste stemmen',
        CONFIDENCE: 'Best beoordeeld',
        NEWEST: 'Nieuwste',
        CONTROVERSIAL: 'Omstreden',
        RANDOM: 'Willekeurig',
      },
      proposal: {
        votes: '{{up}} voor, {{down}} tegen',
        includedIn: 'Opgenomen in',
        notFound: 'Deze suggestie bestaat niet (meer).',
      },
      lists: {
        title: 'Lijsten voor de overheid',
        addressee: 'Aan: {{addressee}}',
        version: 'Versie {{version}}, gepubliceerd op {{date}}',
        summary: '{{open}} open, {{inProgress}} in behandeling, {{done}} afgerond, {{declined}} afgewezen',
        progress: 'Voortgang',
        timeline: 'Verloop',
        suggestions: 'Onderliggende suggesties',
        export: 'Download als CSV of JSON',
        notFound: 'Deze lijst bestaat niet.',
        empty: 'Nog geen gepubliceerde lijsten.',
      },
      account: {
        login: 'Inloggen',
        logout: 'Uitloggen',
        register: 'Registreren',
        email: 'E-mailadres',
        password: 'Wachtwoord',
        displayName: 'Naam',
        organization: 'Bedrijf of organisatie (niet verplicht)',
        passwordRule: 'Minstens 10 tekens, geen veelgebruikt wachtwoord.',
        signedInAs: 'Ingelogd als {{name}}',
      },
      submit: {
        link: 'Suggestie indienen',
        title: 'Een suggestie indienen',
        proposalTitle: 'Titel',
        body: 'Toelichting (Markdown)',
        similar: 'Lijkt dit op een van deze suggesties? Stem dan liever mee.',
        send: 'Indienen',
      },
      vote: { label: 'Stemmen', up: 'Voor', down: 'Tegen', signIn: 'Log in om te stemmen.' },
      followUp: {
        record: 'Opvolging vastleggen',
        status: 'Status',
        note: 'Toelichting (openbaar)',
        link: 'Link',
        occurredOn: 'Datum (leeg is vandaag)',
        nextReviewOn: 'Volgende controle',
        saved: 'Vastgelegd.',
      },
      editor: {
        link: 'Redactie',
        title: 'Lijsten samenstellen',
        newList: 'Nieuwe lijst',
        listTitle: 'Titel',
        addressee: 'Gericht aan',
        create: 'Aanmaken',
        draftOf: 'Concept voor versie {{version}}, aan {{addressee}}',
        noDraft: 'Versie {{version}} is gepubliceerd; er is geen concept.',
        revise: 'Nieuw concept maken',
        viewPublished: 'Gepubliceerde versie bekijken',
        itemTitle: 'Titel van punt {{position}}',
        itemBody: 'Tekst van punt {{position}}',
        unlink: 'Ontkoppelen',
        linkHere: 'Suggesties hieraan koppelen',
        up: 'Omhoog',
        down: 'Omlaag',
        remove: 'Verwijderen',
        addItem: 'Punt toevoegen',
        findSuggestions: 'Suggesties zoeken',
        linkTo: 'Koppel aan punt {{position}}',
        save: 'Concept opslaan',
        publish: 'Publiceren',
        versions: 'Versies',
      },
      notifications: {
        link: 'Meldingen ({{count}})',
        title: 'Meldingen',
        markAllRead: 'Alles als gelezen markeren',
        empty: 'Geen meldingen.',
        new: 'Nieuw:',
      },
      loading: 'Bezig met laden…',
      error: 'Er ging iets mis: {{message}}',
    },
  },
  en: {
    translation: {
      appName: 'Cabinet of Renewal',
      nav: { proposals: 'Suggestions', lists: 'Lists' },
      language: { label: 'Language', nl: 'Nederlands', en: 'English' },
      proposals: {
        title: 'Suggestions from entrepreneurs',
        sort: 'Order',
        theme: 'Theme',
        allThemes: 'All themes',
        search: 'Search',
        more: 'Load more',
        empty: 'No suggestions found.',
        count: '{{count}} suggestions',
        by: 'by {{name}}',
      },
      sort: {
        HOT: 'Popular',
        TOP: 'Most votes',
        CONFIDENCE: 'Best rated',
        NEWEST: 'Newest',
        CONTROVERSIAL: 'Controversial',
        RANDOM: 'Random',
      },
      proposal: {
        votes: '{{up}} for, {{down}} against',
        includedIn: 'Included in',
        notFound: 'This suggestion does not exist (any more).',
      },
      lists: {
        title: 'Lists for government',
        addressee: 'To: {{addressee}}',
        version: 'Version {{version}}, published on {{date}}',
        summary: '{{open}} open, {{inProgress}} in progress, {{done}} done, {{declined}} declined',
        progress: 'Progress',
        timeline: 'Timeline',
        suggestions: 'Underlying suggestions',
        export: 'Download as CSV or JSON',
        notFound: 'This list does not exist.',
        empty: 'No published lists yet.',
      },
      account: {
        login: 'Sign in',
        logout: 'Sign out',
        register: 'Register',
        email: 'Email address',
        password: 'Password',
        displayName: 'Name',
        organization: 'Company or organisation (optional)',
        passwordRule: 'At least 10 characters, not a common password.',
        signedInAs: 'Signed in as {{name}}',
      },
      submit: {
        link: 'Submit a suggestion',
        title: 'Submit a suggestion',
        proposalTitle: 'Title',
        body: 'Explanation (Markdown)',
        similar: 'Is it like one of these? Then rather vote for it.',
        send: 'Submit',
      },
      vote: { label: 'Vote', up: 'For', down: 'Against', signIn: 'Sign in to vote.' },
      followUp: {
        record: 'Record follow-up',
        status: 'Status',
        note: 'Note (public)',
        link: 'Link',
        occurredOn: 'Date (empty is today)',
        nextReviewOn: 'Next review',
        saved: 'Recorded.',
      },
      editor: {
        link: 'Editors',
        title: 'Compose lists',
        newList: 'New list',
        listTitle: 'Title',
        addressee: 'Addressed to',
        create: 'Create',
        draftOf: 'Draft of version {{version}}, to {{addressee}}',
        noDraft: 'Version {{version}} is published; there is no draft.',
        revise: 'Open a new draft',
        viewPublished: 'View the published version',
        itemTitle: 'Title of item {{position}}',
        itemBody: 'Text of item {{position}}',
        unlink: 'Unlink',
        linkHere: 'Link suggestions here',
        up: 'Up',
        down: 'Down',
        remove: 'Remove',
        addItem: 'Add item',
        findSuggestions: 'Find suggestions',
        linkTo: 'Link to item {{position}}',
        save: 'Save draft',
        publish: 'Publish',
        versions: 'Versions',
      },
      notifications: {
        link: 'Notifications ({{count}})',
        title: 'Notifications',
        markAllRead: 'Mark all as read',
        empty: 'No notifications.',
        new: 'New:',
      },
      loading: 'Loading…',
      error: 'Something went wrong: {{message}}',
    },
  },
} as const;

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? 'nl';
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return LANGUAGES.find((language) => language === i18next.language) ?? 'nl';
}

export const i18nReady = i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});
