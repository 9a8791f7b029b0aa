import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoOperatorConfig } from '../../src/operator/load.js';

// Nothing of the demo ISP may be left in the desk's code: its brand, support address and resolvers
// come from the operator file (config/demo-operator.yaml). The simulator (sim/) is the demo ISP and
// reads that file; tests may name it.

const ROOT = join(import.meta.dirname, '..', '..');

function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx?|js|mjs)$/.test(e.name) && !/\.test\.(ts|js)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The demo's identifying strings: brand, signatures, portal name, support address, the resolvers' /24. */
function demoMarkers(): string[] {
  const demo = demoOperatorConfig();
  const ranges = demo.network.dnsServers.map((ip) => `${ip.split('.').slice(0, 3).join('.')}.`);
  return [
    ...new Set([
      demo.brand.name,
      // The name without its company form ("Support – Demo Bredband" in the widget's title was missed).
      demo.brand.name.replace(/\s+(AB|Ltd|Inc|GmbH)\.?$/, ''),
      ...Object.values(demo.brand.signature),
      ...Object.values(demo.brand.portal ?? {}),
      demo.support.address,
      ...ranges,
    ]),
  ];
}

describe('no ISP data in code', () => {
  it('the demo markers are what the demo file says (the scan looks for something real)', () => {
    expect(demoMarkers()).toEqual(
      expect.arrayContaining([
        'Demo Bredband AB',
        'Demo Bredband',
        'Mina sidor',
        'My Pages',
        'support@demo-isp.example',
        '198.51.100.',
      ]),
    );
  });

  it('the server, console and widget code (src/, dist/ when built, web/console/src, web/widget) names neither the demo brand, its portal nor its DNS range', () => {
    const files = [
      ...codeFiles(join(ROOT, 'src')),
      ...codeFiles(join(ROOT, 'dist', 'src')),
      // The staff console's labels too (its case view names what was done on the portal).
      ...codeFiles(join(ROOT, 'web', 'console', 'src')),
      // The widget an ISP embeds on its own pages: its title comes from the desk (the brand).
      ...codeFiles(join(ROOT, 'web', 'widget')),
    ];
    expect(files.length).toBeGreaterThan(100);
    const markers = demoMarkers();
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return markers.filter((m) => text.includes(m)).map((m) => `${relative(ROOT, f)}: ${m}`);
    });
    expect(hits).toEqual([]);
  });
});
