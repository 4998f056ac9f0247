/**
 * The paths of the web client's pages, in one place: the client's router declares its routes
 * from it (apps/web/src/App.tsx) and the server answers 404 for any other path, so a page added
 * here is reachable and one missing here shows the client's "not found" page with its status.
 * `:name` stands for one path segment. No imports: the browser bundle reads this file too.
 */
export const CLIENT_ROUTES = {
  home: '/',
  proposals: '/suggesties',
  proposal: '/voorstel/:id',
  lists: '/lijsten',
  list: '/lijsten/:slug',
  listVersion: '/lijsten/:slug/versie/:version',
  statistics: '/statistieken',
  about: '/over',
  privacy: '/privacy',
  signIn: '/inloggen',
  register: '/registreren',
  forgotPassword: '/wachtwoord-vergeten',
  resetPassword: '/wachtwoord-herstellen/:token',
  verifyEmail: '/e-mail-bevestigen/:token',
  unsubscribe: '/afmelden/:token',
  profile: '/profiel',
  submit: '/indienen',
  rank: '/rangschikken',
  workbench: '/werkbank',
  notifications: '/meldingen',
  editor: '/redactie',
  editorList: '/redactie/:slug',
  moderation: '/moderatie',
  admin: '/beheer',
} as const;

export type ClientRoute = keyof typeof CLIENT_ROUTES;

/** Pages behind a sign-in or a role, and sign-in flows: no use to a search engine. */
export const PRIVATE_ROUTES: readonly ClientRoute[] = [
  'signIn',
  'register',
  'forgotPassword',
  'resetPassword',
  'verifyEmail',
  'unsubscribe',
  'profile',
  'submit',
  'rank',
  'workbench',
  'notifications',
  'editor',
  'editorList',
  'moderation',
  'admin',
];

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** The route `path` (without query) belongs to, with its parameters, or null for no page. */
export function matchClientRoute(
  path: string,
): { route: ClientRoute; params: Record<string, string> } | null {
  const parts = segments(path);
  for (const [route, pattern] of Object.entries(CLIENT_ROUTES) as [ClientRoute, string][]) {
    const expected = segments(pattern);
    if (expected.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((segment, index) => {
      const part = parts[index] ?? '';
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = part;
        return true;
      }
      return segment === part;
    });
    if (matches) return { route, params };
  }
  return null;
}
