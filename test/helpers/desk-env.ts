/** The environment of a desk under test: its database at `databaseUrl`, every port free, on 127.0.0.1. */
export function testDeskEnv(databaseUrl: string): Record<string, string> {
  return { DATABASE_URL: databaseUrl, PORT: '0', ACS_PORT: '0', SMTP_PORT: '0', HOST: '127.0.0.1' };
}
