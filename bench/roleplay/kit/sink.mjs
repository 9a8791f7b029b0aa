// SMTP sink: accepts every mail on 127.0.0.1:PORT and saves it as <dir>/<time>-<n>.eml, with the
// envelope (MAIL FROM, RCPT TO) beside it in <same name>.json. Usage: node sink.mjs PORT DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const [port, dir] = process.argv.slice(2);
if (!port || !dir) throw new Error('usage: node sink.mjs PORT DIR');
mkdirSync(dir, { recursive: true });
let n = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const name = `${stamp}-${String(++n).padStart(4, '0')}`;
      writeFileSync(join(dir, `${name}.eml`), Buffer.concat(chunks));
      writeFileSync(
        join(dir, `${name}.json`),
        JSON.stringify({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          receivedAt: new Date().toISOString(),
        }) + '\n',
      );
      console.log(`${new Date().toISOString()} saved ${name}.eml`);
      cb();
    });
  },
});
server.on('error', (err) => console.error(`sink error: ${err.message}`));
server.listen(Number(port), '127.0.0.1', () =>
  console.log(`SMTP sink listening on 127.0.0.1:${port}, saving to ${dir}`),
);
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
