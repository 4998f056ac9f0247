/** The query parameter with which the sign-in page knows where to return to. */
export const RETURN_PARAMETER = 'terug';

/**
 * Where to go after signing in: the path asked for when it is one of this site's own, else the
 * home page (never another site: `//host` and `/\host` are other sites to a browser).
 */
export function safeReturnPath(requested: string | null): string {
  if (requested === null || !requested.startsWith('/')) return '/';
  if (requested.startsWith('//') || requested.startsWith('/\\')) return '/';
  return requested;
}

/** The sign-in page's address that returns to `path` afterwards. */
export function signInPath(path: string): string {
  return `/inloggen?${RETURN_PARAMETER}=${encodeURIComponent(path)}`;
}
