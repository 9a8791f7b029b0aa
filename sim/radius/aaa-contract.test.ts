import { describe, it } from 'vitest';
import { createRadiusAaa } from '../../src/isp/radius/aaa.js';
import { describeAaaContract } from '../../src/isp/testing/aaa-contract.js';
import { simAaaWorld } from '../test-helpers/aaa-world.js';
import { radiusEnv } from './env.js';

// The AAA port contract, passed by the simulator's in-process AAA and by the RADIUS adapter over a
// real FreeRADIUS (.ci/services/freeradius.sh exports FRONTLINE_RADIUS_*).

describeAaaContract('in-process (simulator)', () => simAaaWorld({}));

const env = radiusEnv();
if (env) {
  describeAaaContract('RADIUS (FreeRADIUS + SQL)', () =>
    simAaaWorld({
      radius: { url: env.url, secret: env.secret, databaseUrl: env.databaseUrl },
      // Disconnect-Requests go to the simulator's dynamic-authorization port (ephemeral here).
      aaa: (sim) =>
        createRadiusAaa({
          databaseUrl: env.databaseUrl,
          secret: env.secret,
          disconnectPort: sim.nas!.dmPort,
        }),
    }),
  );
} else {
  describe('AAA port contract: RADIUS', () => {
    it.skip('needs FRONTLINE_RADIUS_URL, _SECRET and _DB_URL (.ci/services/freeradius.sh)', () => {});
  });
}
