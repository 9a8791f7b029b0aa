import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { firmwareModel, type FirmwareImage, type FirmwareModel } from '../domain/firmware-catalogue.js';

// The ACS file endpoint (`/fs/<name>`): firmware images from a folder, or small deterministic
// images generated on demand for the catalogue's versions. Supports HEAD and single byte ranges.
// A catalogue image with its own URL is not served here: the router fetches it from there.

export const SPEED_TEST_FILE = 'speedtest.bin';
const SPEED_TEST_BYTES = 1024 * 1024;

export function firmwareFileName(model: string, version: string): string {
  return `${model}-${version}.bin`;
}

/** Catalogue versions an image may be generated for: the recommended one and the known-bad ones. */
export function catalogueHasVersion(
  catalogue: readonly FirmwareModel[],
  model: string,
  version: string,
): boolean {
  const m = firmwareModel(catalogue, model);
  return !!m && (m.recommended === version || version in m.knownBad);
}

/** Deterministic bytes: a text header, then a SHA-256 counter stream seeded by the name. */
export function generateImage(name: string, size: number): Buffer {
  const buf = Buffer.alloc(size);
  const header = Buffer.from(`FRONTLINE-FIRMWARE ${name}\n`);
  header.copy(buf, 0, 0, Math.min(header.length, size));
  let off = header.length;
  for (let i = 0; off < size; i++) {
    const block = createHash('sha256').update(`${name}:${i}`).digest();
    off += block.copy(buf, off, 0, Math.min(block.length, size - off));
  }
  return buf;
}

type Source =
  { kind: 'disk'; path: string; size: number; etag: string } | { kind: 'memory'; data: Buffer; etag: string };

export class FileStore {
  private readonly generated = new Map<string, Buffer>();
  /** Disk images checked against the catalogue's SHA-256: name → matches (per file size and mtime). */
  private readonly verified = new Map<string, { etag: string; ok: boolean }>();
  constructor(
    private readonly dir: string,
    private readonly imageBytes: number,
    private readonly catalogue: readonly FirmwareModel[] = [],
    /** Files uploaded through the NBI: served first, under their own names. */
    private readonly uploaded?: (name: string) => Promise<{ data: Buffer; sha256: string } | undefined>,
  ) {}

  /** The catalogue's entry for an image of this model and version (external URL, checksum). */
  image(model: string, version: string): FirmwareImage | undefined {
    return firmwareModel(this.catalogue, model)?.images?.[version];
  }

  private expectedSha256(name: string): string | undefined {
    const m = /^(.+)-([^-]+)\.bin$/.exec(name);
    return m ? this.image(m[1]!, m[2]!)?.sha256 : undefined;
  }

  private async matchesChecksum(name: string, path: string, etag: string): Promise<boolean> {
    const expected = this.expectedSha256(name);
    if (!expected) return true;
    const known = this.verified.get(name);
    if (known?.etag === etag) return known.ok;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const ok = hash.digest('hex') === expected;
    this.verified.set(name, { etag, ok });
    return ok;
  }

  private async source(name: string): Promise<Source | null> {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name)) return null;
    const upload = await this.uploaded?.(name);
    if (upload) return { kind: 'memory', data: upload.data, etag: `"${upload.sha256.slice(0, 16)}"` };
    const path = join(this.dir, name);
    try {
      const st = await fs.stat(path);
      if (st.isFile()) {
        const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
        // A file that is not the image the catalogue names is never handed to a router.
        return (await this.matchesChecksum(name, path, etag))
          ? { kind: 'disk', path, size: st.size, etag }
          : null;
      }
    } catch {
      // not on disk: maybe a generated image
    }
    const data = this.generatedFor(name);
    if (!data) return null;
    return { kind: 'memory', data, etag: `"${createHash('sha1').update(data).digest('hex').slice(0, 16)}"` };
  }

  private generatedFor(name: string): Buffer | null {
    const cached = this.generated.get(name);
    if (cached) return cached;
    let size: number;
    if (name === SPEED_TEST_FILE) size = SPEED_TEST_BYTES;
    else {
      const m = /^(.+)-([^-]+)\.bin$/.exec(name);
      if (!m || !catalogueHasVersion(this.catalogue, m[1]!, m[2]!) || this.expectedSha256(name)) return null;
      size = this.imageBytes;
    }
    const data = generateImage(name, size);
    this.generated.set(name, data);
    return data;
  }

  /** Size of a file, or null when there is none (used for the Download RPC's FileSize). */
  async size(name: string): Promise<number | null> {
    const s = await this.source(name);
    if (!s) return null;
    return s.kind === 'disk' ? s.size : s.data.length;
  }

  async serve(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const src = await this.source(name);
    if (!src) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const size = src.kind === 'disk' ? src.size : src.data.length;
    const headers: Record<string, string | number> = {
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
      etag: src.etag,
    };
    const range = parseRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    const [start, end] = range ?? [0, size - 1];
    const length = size === 0 ? 0 : end - start + 1;
    headers['content-length'] = length;
    if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
    res.writeHead(range ? 206 : 200, headers);
    if (req.method === 'HEAD' || length === 0) {
      res.end();
      return;
    }
    if (src.kind === 'memory') {
      res.end(src.data.subarray(start, end + 1));
      return;
    }
    const stream = createReadStream(src.path, { start, end });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}

/** A single `bytes=` range; null means "whole file" (no or unsupported header). */
export function parseRange(
  header: string | undefined,
  size: number,
): [number, number] | null | 'unsatisfiable' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null; // multiple or malformed ranges: ignoring Range is allowed (RFC 9110 14.2)
  const [, a, b] = m;
  if (a === '' && b === '') return null;
  let start: number;
  let end: number;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
