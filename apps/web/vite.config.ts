import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the dashboard runs on Vite's port and reaches the gateway through this proxy;
// in production the gateway serves the built files itself, so `/graphql` is same-origin.
// Two pages: the dashboard (index.html) and the GraphQL explorer (explorer.html), built apart so
// the explorer's large editor never loads with the dashboard.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
    // The explorer embeds the example documents from the repository's docs/queries.
    fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer.html', import.meta.url)),
      },
    },
  },
});
