// Fastify plugin of the knowledge base: the REST API (/api/v1/kb/…) and the public help centre
// (/help). Dependencies come in as options; the lead registers it in src/server/desk.ts:
//   app.register(kbPlugin, { kb, tickets, readGuard: auth.requireStaff(), writeGuard: auth.requireStaff() })
import type { FastifyInstance } from 'fastify';
import type { Language } from '../domain/index.js';
import { helpPageRoutes } from './help-pages.js';
import { kbRestRoutes, type KbRestOptions } from './rest.js';

export interface KbPluginOptions extends KbRestOptions {
  /** Language of /help when neither ?lang= nor Accept-Language decides (default sv). */
  defaultLanguage?: Language;
  /** Serve /help (default true). */
  helpCentre?: boolean;
}

export async function kbPlugin(app: FastifyInstance, opts: KbPluginOptions): Promise<void> {
  await kbRestRoutes(app, opts);
  if (opts.helpCentre !== false)
    await helpPageRoutes(app, { kb: opts.kb, defaultLanguage: opts.defaultLanguage });
}

export default kbPlugin;
