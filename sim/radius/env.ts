// Where the local FreeRADIUS is, as .ci/services/freeradius.sh exports it. Tests and the benchmark
// use it; without it they skip, except in CI (CI=true), where a missing server is an error.

export interface RadiusEnv {
  url: string;
  secret: string;
  databaseUrl: string;
}

export function radiusEnv(env: NodeJS.ProcessEnv = process.env): RadiusEnv | null {
  const url = env.FRONTLINE_RADIUS_URL;
  const secret = env.FRONTLINE_RADIUS_SECRET;
  const databaseUrl = env.FRONTLINE_RADIUS_DB_URL;
  if (url && secret && databaseUrl) return { url, secret, databaseUrl };
  if (env.CI === 'true')
    throw new Error(
      'CI=true but FRONTLINE_RADIUS_URL, FRONTLINE_RADIUS_SECRET or FRONTLINE_RADIUS_DB_URL is unset ' +
        '(.ci/services/freeradius.sh starts FreeRADIUS and exports them)',
    );
  return null;
}
