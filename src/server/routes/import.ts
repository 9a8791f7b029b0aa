import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ImportFormatError, jsonRows, readImportSource, runImport } from '../../storage/import/importer.js';
import { IMPORT_COLUMNS } from '../../storage/import/rows.js';
import type { FirmwareModel } from '../../domain/index.js';
import type { Repositories } from '../../storage/repositories.js';
import { HttpProblem } from '../../http/problem.js';
import { zodRoute } from '../../http/zod-route.js';

const rowDoc = z.object(
  Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, z.union([z.string(), z.number()]).optional()])),
);

export async function importRoutes(
  app: FastifyInstance,
  opts: { repos: Repositories; firmware?: readonly FirmwareModel[] },
): Promise<void> {
  zodRoute(
    app,
    {
      method: 'POST',
      url: '/import',
      summary: 'Import customers, services and devices (CSV as text/csv, or a JSON array); all or nothing',
      tags: ['import'],
      body: z.union([z.string(), z.array(rowDoc), z.object({ rows: z.array(rowDoc) })]),
      bodyContentTypes: ['text/csv'],
      responses: { 200: { description: 'Imported' } },
    },
    async ({ body, request }) => {
      let rows;
      try {
        rows = typeof body === 'string' ? readImportSource(body, 'csv') : jsonRows(body);
      } catch (err) {
        if (err instanceof ImportFormatError) throw new HttpProblem(400, 'Bad Request', err.message);
        throw err;
      }
      const result = await runImport(opts.repos, rows, {
        actor: { kind: 'staff', id: null },
        source: `api:${request.id}`,
        firmware: opts.firmware,
      });
      if (!result.ok) {
        throw new HttpProblem(
          422,
          'Unprocessable Content',
          `${result.errors.length} row(s) are not valid; nothing was imported`,
          {
            type: 'https://frontline.example/problems/import-rows',
            errors: result.errors.map((e) => ({ in: 'body', pointer: '', line: e.line, detail: e.reason })),
          },
        );
      }
      return result;
    },
  );
}
