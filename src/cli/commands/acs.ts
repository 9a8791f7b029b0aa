import type { Command } from 'commander';
import { createAcsNode } from '../../server/acs-node.js';
import { loadConfig } from '../../server/config.js';

export function registerAcsCommand(program: Command): void {
  program
    .command('acs')
    .description(
      'start the ACS alone (CWMP listener, task queue, connection requests, presets and campaigns) on the desk database; run desk instances with `start`',
    )
    .option('-p, --port <port>', 'CWMP port (overrides ACS_PORT)')
    .action(async (opts: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(opts.port ? { ACS_PORT: opts.port } : {}) });
      const node = await createAcsNode(config);
      try {
        await node.start();
      } catch (err) {
        node.log.fatal({ err }, err instanceof Error ? err.message : String(err));
        await node.stop().catch(() => undefined);
        process.exit(1);
      }
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        node.log.info({ signal }, 'stopping');
        await node.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
