import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FirmwareModel } from '../domain/index.js';
import { FileStore, firmwareFileName } from './firmware-files.js';

const model = (images: FirmwareModel['images']): FirmwareModel => ({
  model: 'X1',
  manufacturer: 'Acme',
  oui: '001122',
  productClass: 'X1',
  access: 'fiber',
  recommended: '2.0.0',
  knownBad: { '1.0.0': 'drops' },
  images,
});

describe('firmware files from the operator catalogue', () => {
  it('generates stand-in images only for catalogue versions without a checksum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-'));
    const files = new FileStore(dir, 4096, [model({ '1.0.0': { sha256: 'a'.repeat(64) } })]);
    expect(await files.size(firmwareFileName('X1', '2.0.0'))).toBe(4096);
    expect(await files.size(firmwareFileName('X1', '1.0.0'))).toBeNull();
    expect(await files.size(firmwareFileName('X1', '3.0.0'))).toBeNull();
    expect(await new FileStore(dir, 4096, []).size(firmwareFileName('X1', '2.0.0'))).toBeNull();
  });

  it('serves a disk image only when it has the catalogue checksum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-'));
    const good = Buffer.from('the real image');
    writeFileSync(join(dir, firmwareFileName('X1', '2.0.0')), good);
    writeFileSync(join(dir, firmwareFileName('X1', '1.0.0')), 'tampered');
    const sha = createHash('sha256').update(good).digest('hex');
    const files = new FileStore(dir, 4096, [model({ '2.0.0': { sha256: sha }, '1.0.0': { sha256: sha } })]);
    expect(await files.size(firmwareFileName('X1', '2.0.0'))).toBe(good.length);
    expect(await files.size(firmwareFileName('X1', '1.0.0'))).toBeNull();
  });

  it('knows external image URLs per version', () => {
    const files = new FileStore('/nonexistent', 4096, [
      model({ '2.0.0': { url: 'https://fw.acme.example/x1-2.0.0.bin', size: 123 } }),
    ]);
    expect(files.image('X1', '2.0.0')).toEqual({ url: 'https://fw.acme.example/x1-2.0.0.bin', size: 123 });
    expect(files.image('X1', '1.0.0')).toBeUndefined();
  });
});
