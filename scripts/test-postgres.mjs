// The PostgreSQL tier's database: TEST_DATABASE_URL when given; otherwise, when a
// PostgreSQL answers on 127.0.0.1:5432 (trust auth, as on the project's machines),
// a throw-away database created for this run and dropped after it.
import pg from 'pg';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function query(connectionString, sql) {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `{ url, note, dispose }`, or `{ url: null, note }` when no PostgreSQL is at hand. */
export async function testPostgres() {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, note: null, dispose: async () => {} };
  const name = `planik_test_run_${process.pid}_${Date.now()}`;
  try {
    await query(LOCAL, `create database ${name}`);
  } catch (error) {
    return {
      url: null,
      note: `TEST_DATABASE_URL не задан и PostgreSQL на 127.0.0.1:5432 не отвечает (${error.code ?? error.message}): уровень API на PostgreSQL пропущен`,
    };
  }
  const url = new URL(LOCAL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    note: `TEST_DATABASE_URL не задан: уровень API на PostgreSQL идет во временной базе ${name} на 127.0.0.1:5432`,
    dispose: () => query(LOCAL, `drop database if exists ${name} with (force)`).catch(() => {}),
  };
}
