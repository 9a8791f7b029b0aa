import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AcsFileRow, AcsTables } from '../../storage/tables/acs.js';

// Files uploaded through the NBI (firmware images, configuration files), with GenieACS's metadata.

export type FileMeta = Omit<AcsFileRow, 'data'>;

export interface FileMetaInput {
  fileType: string;
  oui: string;
  productClass: string;
  version: string;
}

const META = [
  'name',
  'file_type',
  'oui',
  'product_class',
  'version',
  'length',
  'sha256',
  'uploaded_at',
] as const;

/** A file name routers can fetch as one URL path segment. */
export const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;

export class NbiFileStore {
  constructor(private readonly db: Kysely<AcsTables>) {}

  async put(name: string, data: Buffer, meta: FileMetaInput, at: string): Promise<FileMeta> {
    const row: AcsFileRow = {
      name,
      file_type: meta.fileType,
      oui: meta.oui,
      product_class: meta.productClass,
      version: meta.version,
      length: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      data,
      uploaded_at: at,
    };
    await this.db
      .insertInto('acs_files')
      .values(row)
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({
          file_type: row.file_type,
          oui: row.oui,
          product_class: row.product_class,
          version: row.version,
          length: row.length,
          sha256: row.sha256,
          data: row.data,
          uploaded_at: row.uploaded_at,
        }),
      )
      .execute();
    const { data: _data, ...meta2 } = row;
    return meta2;
  }

  async list(): Promise<FileMeta[]> {
    const rows = await this.db.selectFrom('acs_files').select(META).orderBy('name').execute();
    return rows.map((r) => ({ ...r, length: Number(r.length) }));
  }

  async meta(name: string): Promise<FileMeta | undefined> {
    const r = await this.db.selectFrom('acs_files').select(META).where('name', '=', name).executeTakeFirst();
    return r && { ...r, length: Number(r.length) };
  }

  async content(name: string): Promise<{ data: Buffer; sha256: string } | undefined> {
    const r = await this.db
      .selectFrom('acs_files')
      .select(['data', 'sha256'])
      .where('name', '=', name)
      .executeTakeFirst();
    return r && { data: Buffer.from(r.data), sha256: r.sha256 };
  }

  async delete(name: string): Promise<boolean> {
    const r = await this.db.deleteFrom('acs_files').where('name', '=', name).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}

/** A file as GenieACS's NBI lists it (GridFS document). */
export function fileDocument(f: FileMeta): Record<string, unknown> {
  return {
    _id: f.name,
    filename: f.name,
    length: f.length,
    uploadDate: f.uploaded_at,
    sha256: f.sha256,
    metadata: { fileType: f.file_type, oui: f.oui, productClass: f.product_class, version: f.version },
  };
}
