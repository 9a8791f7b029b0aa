import pg from 'pg';

const CURRENT_SCHEMA = 'SELECT current_schema() AS s';

/**
 * The schema a PostgreSQL connection lands in (its search_path's first), to namespace what desks on
 * one database share. Pass a pool that is open anyway, or a connection string for a one-off client.
 */
export async function currentSchemaOf(source: string | pg.Pool): Promise<string> {
  const read = async (db: pg.Pool | pg.Client) =>
    (await db.query<{ s: string }>(CURRENT_SCHEMA)).rows[0]?.s ?? 'public';
  if (typeof source !== 'string') return read(source);
  const client = new pg.Client({ connectionString: source });
  await client.connect();
  try {
    return await read(client);
  } finally {
    await client.end();
  }
}
