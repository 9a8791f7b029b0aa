import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { createDesk } from '../../server/desk.js';
import { withLocalAdminToken } from '../../server/local-admin-token.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the desk (HTTP API, and the capabilities wired into it)')
    .option('-p, --port <port>', 'HTTP port (overrides PORT)')
    .action(async (opts: { port?: string }) => {
      const local = withLocalAdminToken(
        loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) }),
      );
      const config = local.config;
      // The demo ISP (the simulator) is loaded only for a demo desk.
      const desk = config.demo
        ? await (await import('../../demo/desk.js')).createDemoDesk(config)
        : await createDesk(config);
      if (local.file)
        desk.services.log.warn(
          { file: local.file, created: local.created },
          'no API credential configured: the REST API takes the admin token in this file (readable by this user only); set FRONTLINE_API_TOKEN or FRONTLINE_API_TOKENS to choose your own',
        );
      try {
        await desk.start();
      } catch (err) {
        // E.g. a production desk whose API no one could authenticate to: say why, and stop.
        desk.services.log.fatal({ err }, err instanceof Error ? err.message : String(err));
        await desk
          .stop()
          .catch((stopErr: unknown) =>
            desk.services.log.error({ err: stopErr }, 'stopping after the failed start failed too'),
          );
        process.exit(1);
      }
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
