// Scale check: one process simulates N CPEs doing periodic informs against a lean in-process ACS
// stub (or --acs-url), and reports memory per CPE.
//   npx tsx sim/scale.ts --count 10000 [--interval 600] [--time-scale 60] [--seconds 20]
// Run with NODE_OPTIONS=--expose-gc for exact heap figures.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { applyDemoIsp, generateDemoIsp } from './demo-isp.js';
import { SimIsp } from './sim-isp.js';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    interval: { type: 'string', default: '600' },
    'time-scale': { type: 'string', default: '60' },
    seconds: { type: 'string', default: '20' },
    'acs-url': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const count = Number(args.count);
const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc;
function mem() {
  gc?.();
  gc?.();
  return process.memoryUsage();
}

/** Minimal CWMP endpoint: InformResponse with a cookie, 204 on the empty POST. */
async function stubAcs(): Promise<{ url: string; informs: () => number; close: () => Promise<void> }> {
  let informs = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (!body) return void res.writeHead(204).end();
      if (body.includes('Inform>') || body.includes(':Inform ') || body.includes('<cwmp:Inform>')) {
        informs++;
        const id = /<cwmp:ID[^>]*>([^<]*)</.exec(body)?.[1] ?? '1';
        res.writeHead(200, { 'content-type': 'text/xml', 'set-cookie': `s=${informs}` });
        return void res.end(
          `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-2"><soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">${id}</cwmp:ID></soap-env:Header><soap-env:Body><cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse></soap-env:Body></soap-env:Envelope>`,
        );
      }
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    informs: () => informs,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const acs = args['acs-url'] ? null : await stubAcs();
const acsUrl = args['acs-url'] ?? acs!.url;
const m0 = mem();
const demo = generateDemoIsp({ seed: 7, count });
const sim = new SimIsp({
  acsUrl,
  timeScale: Number(args['time-scale']),
  periodicInformSeconds: Number(args.interval),
  maxConcurrentSessions: 128,
});
applyDemoIsp(sim, demo, false);
demo.subscribers.length = 0;
const m1 = mem();
let t = Date.now();
await sim.start();
const bootMs = Date.now() - t;
const m2 = mem();
const s0 = sim.stats().sessions;
t = Date.now();
await new Promise((r) => setTimeout(r, Number(args.seconds) * 1000));
const runS = (Date.now() - t) / 1000;
const periodic = sim.stats().sessions - s0;
const m3 = mem();
await sim.stop();
await acs?.close();

const report = {
  count,
  exactHeap: Boolean(gc),
  bootstrapMs: bootMs,
  bootstrapSessionsPerSec: Math.round((count / bootMs) * 1000),
  periodicSessions: periodic,
  periodicSessionsPerSec: Math.round(periodic / runS),
  failures: sim.stats().failures,
  heapMB: {
    baseline: mb(m0.heapUsed),
    created: mb(m1.heapUsed),
    booted: mb(m2.heapUsed),
    running: mb(m3.heapUsed),
  },
  rssMB: { baseline: mb(m0.rss), running: mb(m3.rss) },
  heapBytesPerCpe: {
    created: Math.round((m1.heapUsed - m0.heapUsed) / count),
    running: Math.round((m3.heapUsed - m0.heapUsed) / count),
  },
  rssBytesPerCpe: Math.round((m3.rss - m0.rss) / count),
};
if (args.json) console.log(JSON.stringify(report));
else {
  console.log(`CPEs                    ${count}`);
  console.log(`bootstrap               ${bootMs} ms (${report.bootstrapSessionsPerSec} sessions/s)`);
  console.log(
    `periodic informs        ${periodic} in ${runS.toFixed(1)} s (${report.periodicSessionsPerSec}/s), failures ${report.failures}`,
  );
  console.log(
    `heap used               ${report.heapMB.baseline} → ${report.heapMB.created} (created) → ${report.heapMB.booted} (booted) → ${report.heapMB.running} MB (running)${gc ? '' : '  [no --expose-gc: approximate]'}`,
  );
  console.log(
    `heap per CPE            ${report.heapBytesPerCpe.created} B created, ${report.heapBytesPerCpe.running} B running`,
  );
  console.log(
    `RSS                     ${report.rssMB.baseline} → ${report.rssMB.running} MB (${report.rssBytesPerCpe} B per CPE)`,
  );
}
