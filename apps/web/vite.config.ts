/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (NestJS, apps/api) serves GraphQL over HTTP and graphql-ws on the same path.
const API_TARGET = process.env.MAHNWERK_API_URL ?? 'http://localhost:4000';

const proxy = {
  '/graphql': { target: API_TARGET, ws: true, changeOrigin: true },
  // Stored letter PDFs (`/letters/<id>.pdf?ticket=`), opened in a new tab from the case screen.
  '/letters': { target: API_TARGET, changeOrigin: true },
  // Print batch files (`/print-batches/<id>/parts/<n>.pdf?ticket=`), downloaded from the dunning screen.
  '/print-batches': { target: API_TARGET, changeOrigin: true },
  // Case files streamed to the intake upload route, and their rejected rows.
  '/imports': { target: API_TARGET, changeOrigin: true },
  // Dispute documents (upload and download); `/cases/<id>` itself is the app's case page.
  '^/cases/[^/]+/disputes/': { target: API_TARGET, changeOrigin: true },
  // The debtor's dispute documents from the portal (the portal's own pages live under `/p/`).
  '/portal/dispute/documents': { target: API_TARGET, changeOrigin: true },
  // Bank statements uploaded for import or preview (`/bank-statements`, `/bank-statements/preview`); the screen is `/bank`.
  '/bank-statements': { target: API_TARGET, changeOrigin: true },
  // Audit exports (`/audit/export.csv|json?token=`); `/audit` itself is the app's audit screen.
  '/audit/export': { target: API_TARGET, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the build (the API would not serve them either).
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: app deploys do not invalidate the libraries in browser caches.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|graphql-tag|rxjs|@wry|optimism|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
