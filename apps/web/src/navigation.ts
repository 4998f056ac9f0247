/** The query parameter with which the sign-in page knows where to return to. */
export const RETURN_PARAMETER = 'terug';

/** Any origin would do: only whether a path stays on it matters. */
const HERE = 'https://kabinet.invalid';

/**
 * Where to go after signing in: the path asked for when it is one of this site's own, else the
 * home page. Never another site: to a browser `//host` and `/\host` are other sites, and it drops
 * tabs and line breaks from an address (`/<tab>/host`), so the path is judged as a browser reads it.
 */
export function safeReturnPath(requested: string | null): string {
  if (requested === null || !requested.startsWith('/')) return '/';
  if (requested.startsWith('//') || requested.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(requested, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's (or registration's) address that returns to `path` afterwards. */
export function signInPath(path: string, page: '/inloggen' | '/registreren' = '/inloggen'): string {
  return `${page}?${RETURN_PARAMETER}=${encodeURIComponent(path)}`;
}

/** From sign-in to registration or back, keeping the place to return to, if any. */
export function keepingReturn(page: '/inloggen' | '/registreren', search: URLSearchParams): string {
  const back = search.get(RETURN_PARAMETER);
  return back === null ? page : signInPath(safeReturnPath(back), page);
}
