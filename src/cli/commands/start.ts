import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { createDesk } from '../../server/desk.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the desk (HTTP API, and the capabilities wired into it)')
    .option('-p, --port <port>', 'HTTP port (overrides PORT)')
    .action(async (opts: { port?: string }) => {
      const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
      const desk = await createDesk(config);
      await desk.start();
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        desk.services.log.info({ signal }, 'stopping');
        await desk.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
