import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export interface WebPluginOptions {
  /** The Vite output folder; default `<repo>/web/dist`. */
  root?: string;
}

/** The repository's web/dist, found from this file both in src/ (tsx) and in dist/src (built). */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  return resolve('web/dist');
}

/**
 * Serves the built web apps: the demo page at `/`, the console at `/console` (an SPA: unknown
 * paths below it get its index.html) and the widget script at `/widget/widget.js`.
 */
export async function webPlugin(app: FastifyInstance, opts: WebPluginOptions = {}) {
  const root = opts.root ?? defaultWebRoot();
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web/dist is missing: run `npm run build` to serve the console and the demo page');
    app.get('/console', async (_req, reply) =>
      reply.code(503).type('text/plain').send('The console is not built. Run `npm run build`.'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    cacheControl: false,
    setHeaders(reply, path) {
      // Hashed assets can be cached for good; HTML and the widget script must be revalidated.
      if (path.includes(join('assets', '')))
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      else reply.header('cache-control', 'no-cache');
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  const consoleIndex = (reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('console/index.html', root);
  app.get('/console', async (_req, reply) => consoleIndex(reply));
  app.get('/console/*', async (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    // A real file below /console is served as is; every other path is a console route (SPA).
    if (
      rest &&
      !rest.split('/').includes('..') &&
      existsSync(join(root, 'console', rest)) &&
      rest !== 'index.html'
    ) {
      return reply.sendFile(join('console', rest), root);
    }
    return consoleIndex(reply);
  });
}
