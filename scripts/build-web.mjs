#!/usr/bin/env node
// Builds the web console and widget with Vite when web/vite.config.ts exists; skips otherwise,
// so that `npm run build` works before the web part lands.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = join(root, 'web/vite.config.ts');
if (!existsSync(config)) {
  console.log('build-web: web/vite.config.ts not found, skipping the web build');
  process.exit(0);
}
const vite = join(root, 'node_modules/.bin/vite');
const r = spawnSync(vite, ['build', '--config', config], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
