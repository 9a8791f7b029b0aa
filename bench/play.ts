// Unscripted play against a fresh desk: `npx tsx bench/play.ts SCENARIO.json "message" "message" …` sends the
// scenario's opening and then these messages in turn (whatever the desk asks; `@done` performs the asked step),
// and prints the conversation (without messages: the persona answers, as in the benchmark). Add the next message after reading the replies; the desk is deterministic.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runScenario } from './harness.js';
import { scenarioSchema } from './scenario-schema.js';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, ...script] = process.argv.slice(2);
  if (!file) throw new Error('usage: play.ts SCENARIO.json [message …]');
  const scenario = scenarioSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const run = await runScenario(scenario, script.length ? { script } : {});
  for (const m of run.transcript)
    console.log(
      `${m.role === 'customer' ? '>' : '<'} ${m.askKey ? `[${m.askKey}] ` : ''}${m.text.replace(/\s+/g, ' ')}`,
    );
  console.log('-- timeline');
  for (const line of run.timeline) console.log(line);
  console.log(
    `-- outcome ${run.observation.outcome ?? 'none'}${run.observation.queue ? `/${run.observation.queue}` : ''}; problem gone: ${run.observation.problemGone}`,
  );
  process.exit(0);
}
