// The console and the widget read the server's own types (issue 20: they mirrored them by hand, so a
// change on the server compiled and broke the browser): no file under web/ declares a type the server
// publishes for its HTTP and WebSocket answers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER_TYPES = [
  'ChatMessage',
  'ServerFrame',
  'Ticket',
  'Finding',
  'Escalation',
  'Me',
  'SlaView',
  'QueueRow',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'dist' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('web types', () => {
  it('no copy of a server type under web/', () => {
    const copies = sources('web').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return SERVER_TYPES.filter((name) =>
        new RegExp(`^export\\s+(interface\\s+${name}\\b|type\\s+${name}\\s*=\\s*[{|])`, 'm').test(text),
      ).map((name) => `${file}: ${name}`);
    });
    expect(copies).toEqual([]);
  });
});
