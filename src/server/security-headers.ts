import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every response (@fastify/helmet). The console, the demo page and the help
// centre load scripts, styles and the API only from the desk itself; the chat widget puts its
// styles in a <style> element of its shadow root, hence 'unsafe-inline' for styles only. No page
// may be framed, and no URL (ticket ids) leaks to other sites in the Referer header.

export function installSecurityHeaders(app: FastifyInstance): void {
  app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // The widget script may be embedded by the ISP's own site.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // HSTS belongs to the TLS proxy in front of the desk, which knows whether it serves https.
    strictTransportSecurity: false,
  });
}
