import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../server/access.js';
import { HttpProblem } from '../../http/problem.js';
import { zodRoute } from '../../http/zod-route.js';
import type { TicketStore } from '../../tickets/ports.js';
import type { EmailStore } from './ports.js';

// Attachments customers sent by e-mail, for staff: listed per ticket and downloadable. They need a
// credential (a staff session or an API token); customers' channels never reach them. A file is
// always a download, and only plain kinds keep their type, so a sent HTML or SVG file never runs
// in the console's origin.

export interface AttachmentsPluginOptions {
  tickets: TicketStore;
  store: EmailStore;
}

const SHOWN_AS_IS = new Set([
  'text/plain',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);
const tags = ['tickets'];
const ticketParams = z.object({ id: z.string().min(1).max(64) });

/** The Content-Disposition of a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

async function routes(app: FastifyInstance, opts: AttachmentsPluginOptions): Promise<void> {
  const ticketOf = async (idOrReference: string) => {
    const t = /^T-\d+$/.test(idOrReference)
      ? await opts.tickets.getByReference(idOrReference)
      : await opts.tickets.get(idOrReference);
    if (!t) throw new HttpProblem(404, 'Not Found', `no ticket ${idOrReference}`);
    return t;
  };

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/tickets/:id/attachments',
      summary: 'The files a customer attached to e-mail on this ticket (staff only)',
      tags,
      params: ticketParams,
    },
    async ({ params }) => {
      const ticket = await ticketOf(params.id);
      const items = await opts.store.attachments(ticket.id);
      return { items: items.map((a) => ({ ...a, url: `/api/v1/tickets/${ticket.id}/attachments/${a.id}` })) };
    },
  );

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/tickets/:id/attachments/:attachmentId',
      summary: 'Download one attachment (staff only)',
      tags,
      params: ticketParams.extend({ attachmentId: z.string().min(1).max(64) }),
    },
    async ({ params }, reply) => {
      const ticket = await ticketOf(params.id);
      const a = await opts.store.attachment(ticket.id, params.attachmentId);
      if (!a)
        throw new HttpProblem(
          404,
          'Not Found',
          `no attachment ${params.attachmentId} on ${ticket.reference}`,
        );
      const type = SHOWN_AS_IS.has(a.contentType.toLowerCase())
        ? a.contentType.toLowerCase()
        : 'application/octet-stream';
      return reply
        .header('content-type', type)
        .header('content-disposition', contentDisposition(a.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, no-store')
        .send(a.content);
    },
  );
}

export const attachmentsPlugin = withAccess<AttachmentsPluginOptions>({ scope: 'read' }, routes);
