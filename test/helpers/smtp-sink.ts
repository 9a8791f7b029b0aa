import { SMTPServer } from 'smtp-server';

/** An SMTP server on loopback that records the Message-ID of every mail it receives. */
export async function startSink() {
  const received: string[] = [];
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push(/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '');
        cb();
      });
    },
  });
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
  const port = (sink.server.address() as { port: number }).port;
  return { received, port, close: () => new Promise<void>((r) => sink.close(() => r())) };
}
