import './app/mantine-styles';
import './app/global.css';
import { Alert, MantineProvider, Menu, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadForLocation } from './app/app-shell';
import { LocaleProvider } from './app/locale-provider';
import { ApiError } from './lib/api-client';

const queryClient = new QueryClient({
  defaultOptions: {
    // Client errors (403, 404, 409, 422) will not change on retry; only the network may.
    queries: { retry: (count, error) => count < 1 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500), refetchOnWindowFocus: false },
  },
});

// Darker primary shades keep white-on-blue text above the WCAG AA contrast ratio.
// Alert titles in the light variant use the mid shade (yellow on yellow fails WCAG AA): titles are dark.
const theme = createTheme({
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  components: {
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-dark-9)' } } }),
    // Mantine's focus placeholder is a focusable role="presentation" div inside role="menu", which a
    // menu may not hold (axe: aria-required-children); the dropdown itself takes focus without it.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

preloadForLocation(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
