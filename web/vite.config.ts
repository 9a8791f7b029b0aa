import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// Three outputs: the demo page (/), the staff console (/console) and the embeddable widget
// (/widget/widget.js, one self-contained script with a stable name so other sites can embed it).
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      input: {
        demo: resolve(here, 'index.html'),
        console: resolve(here, 'console/index.html'),
        widget: resolve(here, 'widget/widget.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'widget' ? 'widget/widget.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true }, '/help': 'http://127.0.0.1:8080' },
  },
});
