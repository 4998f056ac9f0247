import { stringifyDocument, type TypedDocumentNode } from 'urql';
import { type Refusal, refusalOf } from './errors';
import { graphql } from './gql';
import type { SessionFieldsFragment } from './gql/graphql';
import { currentLanguage, setLanguage } from './i18n';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * The signed-in session. The access token lives in memory only; the refresh token is kept in
 * localStorage so a reload can ask the API for a new access token (and rotate the refresh token).
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

const REFRESH_KEY = 'refreshToken';

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
  forget: () => void;
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

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);

  const start = useCallback((payload: SessionFieldsFragment) => {
    localStorage.setItem(REFRESH_KEY, payload.refreshToken);
    setToken(payload.accessToken);
    setSession({ accessToken: payload.accessToken, user: payload.user });
  }, []);

  const forget = useCallback(() => {
    localStorage.removeItem(REFRESH_KEY);
    setToken(null);
    setSession(null);
  }, []);

  const refresh = useCallback(async () => {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return;
    try {
      const data = await post(REFRESH, { token: refreshToken });
      start(data.refresh);
    } catch {
      forget();
    }
  }, [start, forget]);

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
        start(data.login);
        await adoptLanguageOf(data.login);
      },
      register: async (input) => {
        const data = await post(REGISTER, { input });
        start(data.register);
      },
      resetPassword: async (token, newPassword) => {
        const data = await post(RESET_PASSWORD, { token, newPassword });
        start(data.resetPassword);
        await adoptLanguageOf(data.resetPassword);
      },
      logout: async () => {
        const refreshToken = localStorage.getItem(REFRESH_KEY);
        forget();
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
