import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { setSessionEndedHandler } from '../api/client';
import type { User } from '../api/types';
import { fetchCurrentUser, ME_QUERY_KEY, signOut } from './auth-api';
import { loginPathFor } from './safe-next';

interface AuthState {
  user: User | null;
  /** True until the first answer to "who is signed in" arrives. */
  loading: boolean;
  /** Set when the session could not be checked at all (server unreachable), not when signed out. */
  error: Error | null;
  /** True after the user signed out here, so guards do not offer to return to the page they left. */
  signedOutHere: boolean;
  retry: () => void;
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [signedOutHere, setSignedOutHere] = useState(false);
  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: fetchCurrentUser,
    retry: false,
    staleTime: 5 * 60_000,
  });

  // Cached data of the previous user must not leak into the next session on a shared computer.
  const forgetSession = useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    queryClient.setQueryData(ME_QUERY_KEY, null);
  }, [queryClient]);

  useEffect(() => {
    setSessionEndedHandler(() => {
      forgetSession();
      navigate(loginPathFor(window.location), { replace: true });
    });
    return () => setSessionEndedHandler(null);
  }, [forgetSession, navigate]);

  const signedIn = useCallback(
    (user: User) => {
      forgetSession();
      setSignedOutHere(false);
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
    [forgetSession, queryClient],
  );

  const endSession = useCallback(async () => {
    try {
      await signOut();
    } catch (error) {
      // An already expired session is exactly the state signing out asks for.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    } finally {
      setSignedOutHere(true);
      forgetSession();
      navigate('/login', { replace: true });
    }
  }, [forgetSession, navigate]);

  const { refetch } = me;
  const value = useMemo<AuthState>(
    () => ({
      user: me.data ?? null,
      loading: me.isPending,
      error: me.isError ? me.error : null,
      signedOutHere,
      retry: () => void refetch(),
      signedIn,
      signOut: endSession,
    }),
    [me.data, me.isPending, me.isError, me.error, signedOutHere, refetch, signedIn, endSession],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside AuthProvider');
  return state;
}

/** The signed-in user, for pages that only render behind RequireAuth. */
export function useCurrentUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser used outside a signed-in route');
  return user;
}
