// Global styles first (variables and reset, the layout shell, shared components); each feature imports its own.
import './ui/base.css';
import './app/app-shell.css';
import './ui/components.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloSetup } from './app/apollo-client';
import { AppRoutes } from './app/app-routes';
import { AuthProvider } from './app/auth-context';
import { ConnectionStatusContext, createConnectionStatus } from './app/connection-status';
import { createSessionStore } from './app/session-store';
import { LanguageProvider } from './i18n/language-provider';
import { HotkeysProvider } from 'react-hotkeys-hook';
import { ShortcutHelp } from './keyboard/shortcut-help';

const session = createSessionStore();
const connection = createConnectionStatus();
const apollo = createApolloSetup(session, connection);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={apollo.client}>
      <ConnectionStatusContext.Provider value={connection}>
        <AuthProvider session={session} apollo={apollo}>
          <LanguageProvider>
            <HotkeysProvider>
              <AppRoutes />
              <ShortcutHelp />
            </HotkeysProvider>
          </LanguageProvider>
        </AuthProvider>
      </ConnectionStatusContext.Provider>
    </ApolloProvider>
  </StrictMode>,
);
