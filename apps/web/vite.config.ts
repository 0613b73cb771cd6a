import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the dashboard runs on Vite's port and reaches the gateway through this proxy;
// in production the gateway serves the built files itself, so `/graphql` is same-origin.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', sourcemap: true },
});
