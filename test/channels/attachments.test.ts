import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition } from '../../src/channels/email/attachments-plugin.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk, type Desk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

// Files a customer attaches to an e-mail are listed on the ticket and downloadable, with a
// credential only, and always as a download that cannot run in the console's origin.

const dir = mkdtempSync(join(tmpdir(), 'frontline-attachments-'));
const TOKEN = 'attachment-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let desk: Desk;
let ticketId: string;

beforeAll(async () => {
  const config = loadConfig({
    ...testDeskEnv(join(dir, 'desk.db')),
    DEMO: 'false',
    FRONTLINE_API_TOKEN: TOKEN,
    RATE_LIMITS: 'false',
  });
  desk = await createDesk(config, { logger: false });
  const { smtpPort } = await desk.start();
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    from: 'Kund <kund@example.se>',
    to: desk.services.config.supportAddress,
    subject: 'Routern blinkar rött',
    text: 'Hej, lampan blinkar rött. Bilder bifogade.',
    attachments: [
      { filename: 'router.png', content: PNG, contentType: 'image/png' },
      { filename: 'sida "ny".html', content: '<script>alert(1)</script>', contentType: 'text/html' },
    ],
  });
  transport.close();
  // The channel answers SMTP after the ticket is written.
  ticketId = (await desk.services.repos.tickets.list({})).items[0]!.id;
});
afterAll(async () => {
  await desk?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('e-mail attachments in the API', () => {
  it('lists the files on the ticket, by id or reference', async () => {
    const res = await desk.app.inject({
      method: 'GET',
      url: `/api/v1/tickets/${ticketId}/attachments`,
      headers: auth,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      id: string;
      filename: string;
      contentType: string;
      size: number;
      url: string;
    }[];
    expect(items.map((a) => [a.filename, a.contentType, a.size])).toEqual([
      ['router.png', 'image/png', PNG.length],
      ['sida "ny".html', 'text/html', 25],
    ]);
    expect(items[0]!.url).toBe(`/api/v1/tickets/${ticketId}/attachments/${items[0]!.id}`);
    const reference = (await desk.services.repos.tickets.get(ticketId))!.reference;
    expect(
      (
        await desk.app.inject({
          method: 'GET',
          url: `/api/v1/tickets/${reference}/attachments`,
          headers: auth,
        })
      ).json().items,
    ).toHaveLength(2);
  });

  it('downloads a file as an attachment; active content only as bytes', async () => {
    const items = (
      await desk.app.inject({ method: 'GET', url: `/api/v1/tickets/${ticketId}/attachments`, headers: auth })
    ).json().items as { url: string }[];
    const png = await desk.app.inject({ method: 'GET', url: items[0]!.url, headers: auth });
    expect(png.statusCode).toBe(200);
    expect(png.rawPayload.equals(PNG)).toBe(true);
    expect(png.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': 'attachment; filename="router.png"; filename*=UTF-8\'\'router.png',
      'x-content-type-options': 'nosniff',
    });
    const html = await desk.app.inject({ method: 'GET', url: items[1]!.url, headers: auth });
    expect(html.headers['content-type']).toBe('application/octet-stream');
    expect(html.headers['content-security-policy']).toContain('sandbox');
    expect(html.body).toBe('<script>alert(1)</script>');
  });

  it('needs a credential, and an attachment is found only under its own ticket', async () => {
    const items = (
      await desk.app.inject({ method: 'GET', url: `/api/v1/tickets/${ticketId}/attachments`, headers: auth })
    ).json().items as { id: string; url: string }[];
    expect(
      (await desk.app.inject({ method: 'GET', url: `/api/v1/tickets/${ticketId}/attachments` })).statusCode,
    ).toBe(401);
    expect((await desk.app.inject({ method: 'GET', url: items[0]!.url })).statusCode).toBe(401);
    const other = await desk.services.repos.tickets.create({ channel: 'chat', language: 'sv' });
    expect(
      (
        await desk.app.inject({
          method: 'GET',
          url: `/api/v1/tickets/${other.id}/attachments/${items[0]!.id}`,
          headers: auth,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await desk.app.inject({
          method: 'GET',
          url: `/api/v1/tickets/${other.id}/attachments`,
          headers: auth,
        })
      ).json(),
    ).toEqual({ items: [] });
  });

  it('names files safely in Content-Disposition', () => {
    expect(contentDisposition('sida "ny".html')).toBe(
      'attachment; filename="sida _ny_.html"; filename*=UTF-8\'\'sida%20%22ny%22.html',
    );
    expect(contentDisposition('bild på router.jpg')).toBe(
      'attachment; filename="bild p_ router.jpg"; filename*=UTF-8\'\'bild%20p%C3%A5%20router.jpg',
    );
  });
});
