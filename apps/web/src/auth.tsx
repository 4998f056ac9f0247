import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * The signed-in session. The access token lives in memory only; the refresh token is kept in
 * localStorage so a reload can ask the API for a new access token (and rotate the refresh token).
 */
export interface Session {
  accessToken: string;
  user: { id: string; displayName: string; roles: string[] };
}

interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: Session['user'];
}

const REFRESH_KEY = 'refreshToken';
const USER_FIELDS = 'accessToken refreshToken user { id displayName roles }';

let currentToken: string | null = null;

/** For the GraphQL client: the access token of the current session, if any. */
export function accessToken(): string | null {
  return currentToken;
}

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
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
  }) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);

  const start = useCallback((payload: AuthPayload) => {
    localStorage.setItem(REFRESH_KEY, payload.refreshToken);
    currentToken = payload.accessToken;
    setSession({ accessToken: payload.accessToken, user: payload.user });
  }, []);

  const refresh = useCallback(async () => {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return;
    try {
      const data = await post<{ refresh: AuthPayload }>(
        `mutation ($token: String!) { refresh(refreshToken: $token) { ${USER_FIELDS} } }`,
        { token: refreshToken },
      );
      start(data.refresh);
    } catch {
      localStorage.removeItem(REFRESH_KEY);
      currentToken = null;
      setSession(null);
    }
  }, [start]);

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
        const data = await post<{ login: AuthPayload }>(
          `mutation ($input: LoginInput!) { login(input: $input) { ${USER_FIELDS} } }`,
          { input: { email, password } },
        );
        start(data.login);
      },
      register: async (input) => {
        const data = await post<{ register: AuthPayload }>(
          `mutation ($input: RegisterInput!) { register(input: $input) { ${USER_FIELDS} } }`,
          { input },
        );
        start(data.register);
      },
      logout: async () => {
        const refreshToken = localStorage.getItem(REFRESH_KEY);
        localStorage.removeItem(REFRESH_KEY);
        currentToken = null;
        setSession(null);
        if (refreshToken) {
          await post('mutation ($token: String!) { logout(refreshToken: $token) }', {
            token: refreshToken,
          }).catch(() => undefined);
        }
      },
    }),
    [session, start],
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
