import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FILE_NAME, fileDocument, type NbiFileStore } from './file-store.js';
import { matches, parseQuery, QueryError } from './query.js';

// GenieACS's /files: PUT /files/<name> with the content as the body and the metadata as headers
// (fileType, oui, productClass, version), GET /files/?query=, DELETE /files/<name>. Routers fetch
// a file from the ACS's file endpoint (`/fs/<name>`) when a download task names it.

export interface FileRouteDeps {
  files: NbiFileStore;
  now: () => Date;
  maxBytes: number;
}

const header = z.string().max(256).default('');
const metaHeaders = z.object({
  filetype: z.string().max(64).default('1 Firmware Upgrade Image'),
  oui: header,
  productclass: header,
  version: header,
});

const listQuery = z.object({ query: z.string().max(8192).optional() });

export async function nbiFileRoutes(app: FastifyInstance, d: FileRouteDeps): Promise<void> {
  // Any content type is the file itself (curl --data-binary sends form encoding by default).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: d.maxBytes }, (_req, body, done) =>
    done(null, body),
  );

  app.put<{ Params: { name: string } }>('/files/:name', async (req, reply) => {
    if (!FILE_NAME.test(req.params.name)) return reply.code(400).type('text/plain').send('Invalid file name');
    const meta = metaHeaders.safeParse(req.headers);
    if (!meta.success) return reply.code(400).type('text/plain').send('Invalid file metadata');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    await d.files.put(
      req.params.name,
      body,
      {
        fileType: meta.data.filetype,
        oui: meta.data.oui,
        productClass: meta.data.productclass,
        version: meta.data.version,
      },
      d.now().toISOString(),
    );
    return reply.code(200).send('');
  });

  for (const url of ['/files', '/files/']) {
    app.get(url, async (req, reply) => {
      const q = listQuery.safeParse(req.query);
      if (!q.success) return reply.code(400).type('text/plain').send('Invalid query');
      try {
        const query = parseQuery(q.data.query);
        const docs = (await d.files.list()).map(fileDocument).filter((doc) => matches(doc, query));
        reply.header('x-total-count', String(docs.length));
        return docs;
      } catch (e) {
        if (e instanceof QueryError) return reply.code(400).type('text/plain').send(e.message);
        throw e;
      }
    });
  }

  app.delete<{ Params: { name: string } }>('/files/:name', async (req, reply) => {
    if (!(await d.files.delete(req.params.name)))
      return reply.code(404).type('text/plain').send('No such file');
    return reply.code(200).send('');
  });
}
