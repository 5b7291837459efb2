import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/; the server serves the build from dist/web with an SPA fallback.
// `vite` (dev) and `vite preview` proxy /api to the server: SISHUANG_API_URL, else port 3000.
const apiUrl = process.env.SISHUANG_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // antd's shared chunk is large by nature; routes are split so the phone pages never load it.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // Only API calls: the web's own modules under web/api/*.ts are served by vite itself.
    proxy: { '^/api/(?!.*\\.tsx?(\\?|$))': apiUrl },
  },
  preview: {
    proxy: { '/api': apiUrl },
  },
});
