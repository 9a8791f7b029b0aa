// `bench:load --instances N --cpu-profile-dir DIR`: a V8 CPU profile of a child process of the benchmark.
import inspector from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A V8 CPU profile of this process (a desk, or the simulated ISP) from `begin` to `end`, written to `dir`. */
export function cpuProfiler(dir: string, name = 'desk') {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((res, rej) =>
      session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r))),
    );
  return {
    async begin() {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 500 });
      await post('Profiler.start');
    },
    async end() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      const file = join(dir, `${name}-${process.pid}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`CPU profile of ${name} ${process.pid} written to ${file}`);
    },
  };
}
