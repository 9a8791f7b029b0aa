#!/usr/bin/env node
import { Command } from 'commander';
import { registerAcsCommand } from './commands/acs.js';
import { registerConfigCommand } from './commands/config.js';
import { registerDbCommand } from './commands/db.js';
import { registerImportCommand } from './commands/import.js';
import { registerPrivacyCommand } from './commands/privacy.js';
import { registerSimCommand } from './commands/sim.js';
import { registerStartCommand } from './commands/start.js';
import { registerTriageCommand } from './commands/triage.js';
import { registerUserCommand } from './commands/user.js';

// The `frontline` command. Each sub-command lives in ./commands/<name>.ts and exports
// `register<Name>Command(program)`; add one line to the list below to register a new one.

export function buildProgram(): Command {
  const program = new Command('frontline')
    .description('Frontline: an automated Tier-1 support technician for internet service providers')
    .showHelpAfterError();
  registerStartCommand(program);
  registerAcsCommand(program);
  registerDbCommand(program);
  registerImportCommand(program);
  registerUserCommand(program);
  registerPrivacyCommand(program);
  registerTriageCommand(program);
  registerSimCommand(program);
  registerConfigCommand(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
