import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseOperatorConfig } from '../../operator/load.js';
import { unsetPasswordWarnings } from '../../channels/email/settings.js';
import { smsWarnings } from '../../channels/sms/settings.js';
import { ispAdapterWarnings } from '../../isp/http/settings.js';

/** `frontline config check FILE`: validates an operator configuration file (docs/operator-config.md). */
export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('the operator configuration file');
  config
    .command('check')
    .description('validate an operator configuration file; prints each problem with the path of the field')
    .argument('<file>', 'the YAML file')
    .action(async (file: string) => {
      let source: string;
      try {
        source = await readFile(file, 'utf8');
      } catch (err) {
        console.error(`${file}: cannot read the file: ${(err as Error).message}`);
        process.exitCode = 2;
        return;
      }
      const r = parseOperatorConfig(source);
      if (!r.ok) {
        console.error(`${file}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`);
        for (const p of r.problems) console.error(`  ${p}`);
        process.exitCode = 1;
        return;
      }
      const c = r.config;
      for (const h of c.adapters.webhooks) {
        if (h.secretEnv && !process.env[h.secretEnv])
          console.error(
            `warning: adapters.webhooks ${h.name}: ${h.secretEnv} is not set in this environment`,
          );
      }
      for (const w of unsetPasswordWarnings(c.adapters, process.env)) console.error(w);
      for (const w of ispAdapterWarnings(c.adapters.isp, process.env)) console.error(w);
      for (const w of smsWarnings(c.adapters.sms, process.env)) console.error(w);
      console.log(
        `${file}: ok — ${c.brand.name}, ${c.network.dnsServers.length} DNS server(s), ${c.firmware.length} router model(s), ` +
          `${c.adapters.webhooks.length} webhook(s)`,
      );
    });
}
