// Who is signed in: /me, and the roles by unit that decide which pages the menu offers. The server decides every
// permission again; the menu only avoids offering what would be refused.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { endSession, hasSession, onSessionChange, refreshSession, startSession } from '../api/session';

export type Role = Schemas['Role'];
export type Me = Schemas['MeResponse'];

interface AuthState {
  signedIn: boolean;
  me: Me | undefined;
  roles: Set<Role>;
  hasRole: (...roles: Role[]) => boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(hasSession());
  const [ready, setReady] = useState(false);

  useEffect(() => onSessionChange(setSignedIn), []);
  // After a reload only the refresh token is left: trade it for an access token before the first request.
  useEffect(() => {
    if (hasSession()) void refreshSession().finally(() => setReady(true));
    else setReady(true);
  }, []);

  const meQuery = useQuery({
    queryKey: ['me'],
    enabled: signedIn && ready,
    queryFn: () => unwrap(api.GET('/me')),
    staleTime: 5 * 60_000,
  });

  const roles = new Set<Role>((meQuery.data?.assignments ?? []).map((a) => a.role));
  const state: AuthState = {
    signedIn,
    me: meQuery.data,
    roles,
    hasRole: (...wanted) => wanted.some((r) => roles.has(r)),
    login: async (username, password) => {
      const pair = await unwrap(api.POST('/auth/login', { body: { username, password } }));
      queryClient.clear();
      startSession(pair);
    },
    logout: async () => {
      await api.POST('/auth/logout').catch(() => undefined);
      endSession();
      queryClient.clear();
    },
  };
  if (!ready || (signedIn && meQuery.isPending)) return null;
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
