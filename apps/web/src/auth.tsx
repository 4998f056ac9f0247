import { createStore, del, get, set } from 'idb-keyval';
import { stringifyDocument, type TypedDocumentNode } from 'urql';
import { type Refusal, refusalOf } from './errors';
import { graphql } from './gql';
import type { SessionFieldsFragment } from './gql/graphql';
import { currentLanguage, setLanguage } from './i18n';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/**
 * The signed-in session. The access token lives in memory only; the refresh token is kept in
 * IndexedDB so a reload can ask the API for a new access token (and rotate the refresh token).
 * Tabs share both: see `oneTabAtATime`.
 */
export interface Session {
  accessToken: string;
  user: SessionFieldsFragment['user'];
}

graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      displayName
      roles
      language
    }
  }
`);
const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);
const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...SessionFields
    }
  }
`);
const REFRESH = graphql(`
  mutation Refresh($token: String!) {
    refresh(refreshToken: $token) {
      ...SessionFields
    }
  }
`);
const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      ...SessionFields
    }
  }
`);
const LOGOUT = graphql(`
  mutation Logout($token: String!) {
    logout(refreshToken: $token)
  }
`);

/**
 * Where the refresh token is kept. Not localStorage: Chromium gives each renderer process its own
 * copy of localStorage and brings it up to date asynchronously, so a tab that takes the refresh
 * lock just after another released it could still read the token the other had rotated, and
 * using that one again ends the session. IndexedDB commits in the browser process: a read
 * started after a write completed sees it.
 */
const REFRESH_KEY = 'refreshToken';
let sessionStore: ReturnType<typeof createStore> | undefined;
const store = () => (sessionStore ??= createStore('kabinet', 'session'));

/** The stored refresh token; none where the browser keeps no IndexedDB (as some private modes). */
const storedRefreshToken = (): Promise<string | undefined> =>
  get<string>(REFRESH_KEY, store()).catch(() => undefined);
/** Keeps `token` for the next reload; without IndexedDB the session lasts as long as the tab. */
const storeRefreshToken = (token: string | null): Promise<void> =>
  (token === null ? del(REFRESH_KEY, store()) : set(REFRESH_KEY, token, store())).catch(() => undefined);

let currentToken: string | null = null;
const tokenListeners = new Set<() => void>();

/** For the GraphQL client: the access token of the current session, if any. */
export function accessToken(): string | null {
  return currentToken;
}

/** Calls `listener` after each sign-in, refresh and sign-out; returns how to stop. */
export function onAccessTokenChange(listener: () => void): () => void {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

function setToken(token: string | null): void {
  currentToken = token;
  for (const listener of tokenListeners) listener();
}

/** A refused sign-in, registration or refresh, with the API's code and reason for a translated message. */
export class AuthError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.detail);
  }
}

/** Outside urql on purpose: these run before there is a session, and set the token urql sends. */
async function post<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': currentLanguage() },
      body: JSON.stringify({ query: stringifyDocument(document), variables }),
    });
  } catch (failure) {
    throw new AuthError({
      code: 'NETWORK',
      detail: failure instanceof Error ? failure.message : String(failure),
    });
  }
  const body = (await response.json()) as {
    data?: Result | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const [error] = body.errors ?? [];
  if (error || !body.data) {
    throw new AuthError(error ? refusalOf(error) : { code: 'UNKNOWN', detail: `HTTP ${response.status}` });
  }
  return body.data;
}

interface AuthContextValue {
  session: Session | null;
  login: (email: string, password: string) => Promise<void>;
  register: (input: {
    email: string;
    password: string;
    displayName: string;
    organization?: string;
    /** A slug of `sectors`. */
    sector?: string;
  }) => Promise<void>;
  /** Sets a new password with the token of a reset mail, and signs in as login does. */
  resetPassword: (token: string, newPassword: string) => Promise<void>;
  logout: () => Promise<void>;
  /**
   * Forgets the session here without asking the API to end it: for when the API ended it already
   * (a changed password, a deleted account).
   */
  forget: () => Promise<void>;
  /** Shows a changed name in the header without signing in again. */
  renamed: (displayName: string) => void;
}

/**
 * A sign-in on a new device speaks the language the member chose in their profile (the one their
 * mail comes in); a later switch in the header is this browser's own.
 */
async function adoptLanguageOf(payload: SessionFieldsFragment): Promise<void> {
  const language = payload.user.language;
  if (language && language !== currentLanguage()) {
    await setLanguage(language);
  }
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** What one tab tells the others of this browser, which share its refresh token. */
type TabMessage = { kind: 'session'; session: Session } | { kind: 'signedOut' };

/**
 * The tabs of one browser share one refresh token (in IndexedDB), and the API revokes a whole
 * session when a token is used twice, as a thief would. So one tab refreshes at a time (a Web
 * Lock) and reads the token inside the lock, after another tab may have rotated it; each new
 * session and each sign-out goes to the other tabs on a BroadcastChannel.
 */
const REFRESH_LOCK = 'kabinet-refresh';
const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kabinet-session');

function oneTabAtATime(work: () => Promise<void>): Promise<void> {
  return typeof navigator.locks === 'undefined' ? work() : navigator.locks.request(REFRESH_LOCK, work);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  // When this tab last got a fresh access token, itself or from another tab.
  const sessionSince = useRef(0);

  const adopt = useCallback((next: Session | null) => {
    sessionSince.current = next ? Date.now() : 0;
    setToken(next?.accessToken ?? null);
    setSession(next);
  }, []);

  const start = useCallback(
    async (payload: SessionFieldsFragment) => {
      await storeRefreshToken(payload.refreshToken);
      const next = { accessToken: payload.accessToken, user: payload.user };
      adopt(next);
      tabs?.postMessage({ kind: 'session', session: next } satisfies TabMessage);
    },
    [adopt],
  );

  const forget = useCallback(async () => {
    adopt(null);
    tabs?.postMessage({ kind: 'signedOut' } satisfies TabMessage);
    await storeRefreshToken(null);
  }, [adopt]);

  const refresh = useCallback(async () => {
    const askedAt = Date.now();
    await oneTabAtATime(async () => {
      // Another tab refreshed while this one waited for the lock, and shared its access token.
      if (sessionSince.current > askedAt) return;
      const refreshToken = await storedRefreshToken();
      if (!refreshToken) {
        adopt(null);
        return;
      }
      try {
        const data = await post(REFRESH, { token: refreshToken });
        await start(data.refresh);
      } catch (failure) {
        // Offline is no reason to end the session: the next refresh may get through.
        if (!(failure instanceof AuthError && failure.refusal.code === 'NETWORK')) await forget();
      }
    });
  }, [adopt, start, forget]);

  useEffect(() => {
    if (!tabs) return;
    const onMessage = ({ data }: MessageEvent<TabMessage>) =>
      adopt(data.kind === 'session' ? data.session : null);
    tabs.addEventListener('message', onMessage);
    return () => tabs.removeEventListener('message', onMessage);
  }, [adopt]);

  useEffect(() => {
    void refresh();
    // Access tokens live 15 minutes: renew them a little before.
    const timer = setInterval(() => void refresh(), 12 * 60 * 1000);
    return () => clearInterval(timer);
  }, [refresh]);

  const value = useMemo<AuthContextValue>(
    () => ({
      session,
      login: async (email, password) => {
        const data = await post(LOGIN, { input: { email, password } });
        await start(data.login);
        await adoptLanguageOf(data.login);
      },
      register: async (input) => {
        const data = await post(REGISTER, { input });
        await start(data.register);
      },
      resetPassword: async (token, newPassword) => {
        const data = await post(RESET_PASSWORD, { token, newPassword });
        await start(data.resetPassword);
        await adoptLanguageOf(data.resetPassword);
      },
      logout: async () => {
        const refreshToken = await storedRefreshToken();
        await forget();
        if (refreshToken) {
          await post(LOGOUT, { token: refreshToken }).catch(() => undefined);
        }
      },
      forget,
      renamed: (displayName) =>
        setSession((current) => current && { ...current, user: { ...current.user, displayName } }),
    }),
    [session, start, forget],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (value === null) {
    throw new Error('useAuth outside AuthProvider');
  }
  return value;
}
