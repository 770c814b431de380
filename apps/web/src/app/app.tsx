import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AntdProvider } from './antd-provider';
import { AuthProvider } from './auth/auth-context';
import { LocaleProvider } from './i18n/locale-context';
import { createQueryClient } from './query-client';
import { AppRoutes } from './routes';

export function App() {
  const [queryClient] = useState(createQueryClient);
  // Server messages and names arrive already localised, so a language switch refetches what is on screen.
  const [refetchLocalised] = useState(() => () => void queryClient.invalidateQueries());
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider onChange={refetchLocalised}>
        <AntdProvider>
          <BrowserRouter>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </AntdProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
