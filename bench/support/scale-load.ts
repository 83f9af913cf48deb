/*
 * Loads the country-shaped data set (scale-generate.ts) into a throw-away
 * PostgreSQL database: the schema by the product's migrations, the demo
 * directory and seed plans by the product's seeding (their phrases feed the
 * generator), then the bulk rows by batched INSERT … SELECT FROM
 * json_populate_recordset (one statement per 5,000 rows), and occurrences and
 * reports derived in SQL where they are stored.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { seedDemo } from '../../src/server/demo/seed-demo-plans.js';
import { hashToken } from '../../src/server/services/auth.service.js';
import { DEFAULT_SHAPE, generateCountry, type Generated, type PhrasePool } from './scale-generate.js';

const BATCH = 5000;

export interface Loaded {
  data: Generated;
  counts: Record<string, number>;
  seconds: Record<string, number>;
  /** Session cookies: a region's controller, a national reader, executors of the first ТИКs. */
  cookies: { region: string; nation: string; executors: { cookie: string; userId: string; occurrences: string[] }[] };
}

async function insertRows(pool: pg.Pool, table: string, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const list = columns.map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    await pool.query(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`, [
      JSON.stringify(rows.slice(i, i + BATCH)),
    ]);
  }
}

async function phrasePool(pool: pg.Pool): Promise<PhrasePool> {
  const { rows } = await pool.query<{ kind: string; title: string }>(`select kind, title from plan_items where length(title) between 15 and 400`);
  const sections = rows.filter((r) => r.kind === 'section').map((r) => r.title);
  const items = rows.filter((r) => r.kind === 'item').map((r) => r.title);
  if (items.length < 50) throw new Error(`seed plans gave only ${items.length} item phrases`);
  return { sections: sections.length ? sections : items.slice(0, 20), items };
}

async function timed<T>(seconds: Record<string, number>, step: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  seconds[step] = (performance.now() - started) / 1000;
  return result;
}

/** Sessions of the bench's users on a loaded data set: a region's controller, a national reader, the executors with their first occurrences. */
export async function benchSessions(pool: pg.Pool, executorLogins: string[]): Promise<Loaded['cookies']> {
  const session = async (login: string) => {
    const token = randomBytes(32).toString('base64url');
    const user = (await pool.query<{ id: string }>(`select id from users where login = $1`, [login])).rows[0]!;
    await pool.query(`insert into sessions (token_hash, user_id, expires_at, user_agent) values ($1, $2, now() + interval '1 day', 'scale-bench')`, [
      hashToken(token),
      user.id,
    ]);
    return { cookie: `planik_session=${token}`, userId: user.id };
  };
  const executors = [];
  for (const login of executorLogins) {
    const s = await session(login);
    const occ = (
      await pool.query<{ id: string }>(
        `select o.id from occurrences o join users u on u.organization_id = o.organization_id where u.id = $1 order by o.window_end limit 50`,
        [s.userId],
      )
    ).rows.map((r) => r.id);
    executors.push({ ...s, occurrences: occ });
  }
  return { region: (await session('scale-region-1')).cookie, nation: (await session('observer')).cookie, executors };
}

/** The executors' logins of a loaded data set in the generator's order (`scale-tik-<region>-<ТИК>`), the first `wanted`. */
export async function executorLoginsOf(pool: pg.Pool, wanted: number): Promise<string[]> {
  const { rows } = await pool.query<{ login: string }>(
    `select login from users where login like 'scale-tik-%'
     order by split_part(login, '-', 3)::int, split_part(login, '-', 4)::int limit $1`,
    [wanted],
  );
  return rows.map((r) => r.login);
}

export async function loadCountry(url: string, regions: number, executorsWanted: number, log: (line: string) => void): Promise<Loaded> {
  const seconds: Record<string, number> = {};
  const database = await openPostgres(url, 2);
  try {
    await timed(seconds, 'миграции и демо-данные', async () => {
      await runMigrations(database);
      await seedDemo(database.db, { SESSION_TTL_HOURS: 12 });
    });
  } finally {
    await database.close();
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const pool0 = await phrasePool(pool);
    const cec = (await pool.query<{ id: string }>(`select id from organizations where short_name = 'ЦИК России'`)).rows[0]!.id;
    const admin = (await pool.query<{ id: string; password_hash: string }>(`select id, password_hash from users where login = 'admin'`)).rows[0]!;
    const data = generateCountry({ ...DEFAULT_SHAPE, regions }, pool0, { cecId: cec, passwordHash: admin.password_hash, plannerUserId: admin.id });
    const year = DEFAULT_SHAPE.year;
    log(
      `Сгенерировано: регионов ${regions}, ТИК ${data.tikIds.length}, планов ${data.plans.length}, пунктов и разделов ${data.items.length} (фразы из ${pool0.items.length} пунктов планов-образцов)`,
    );
    await timed(seconds, 'справочник и пользователи', async () => {
      await insertRows(pool, 'organizations', data.organizations);
      await insertRows(pool, 'users', data.users);
    });
    await timed(seconds, 'планы и пункты', async () => {
      await insertRows(pool, 'plans', data.plans);
      // Parents before children: sections first (the self-reference is checked per statement).
      await insertRows(
        pool,
        'plan_items',
        data.items.filter((i) => i.kind === 'section'),
      );
      await insertRows(
        pool,
        'plan_items',
        data.items.filter((i) => i.kind !== 'section'),
      );
    });
    await timed(seconds, 'исполнители', () =>
      pool.query(
        `insert into item_executors (item_id, position, text, kind, role, organization_id)
        select i.id, 0, coalesce(o.short_name, o.name), 'organization', 'responsible', p.organization_id
        from plan_items i join plans p on p.id = i.plan_id join organizations o on o.id = p.organization_id
        where i.kind = 'item' and p.id = any($1::uuid[])`,
        [data.plans.map((p) => p.id)],
      ),
    );
    // Monthly items: twelve windows; quarterly: four; the rest one window over the year.
    await timed(seconds, 'мероприятия (occurrences)', () =>
      pool.query(
        `insert into occurrences (plan_id, item_id, executor_id, organization_id, executor_key, executor_label, window_start, window_end)
        select i.plan_id, i.id, e.id, e.organization_id, 'org:' || e.organization_id, e.text, w.s, w.e
        from plan_items i join item_executors e on e.item_id = i.id
        cross join lateral (
          select make_date(${year}, m, 1) as s, (make_date(${year}, m, 1) + interval '1 month - 1 day')::date as e from generate_series(1, 12) m where i.deadline_text = 'ежемесячно'
          union all
          select make_date(${year}, q * 3 - 2, 1), (make_date(${year}, q * 3, 1) + interval '1 month - 1 day')::date from generate_series(1, 4) q where i.deadline_text = 'ежеквартально'
          union all
          select make_date(${year}, 1, 1), make_date(${year}, 12, 31) where i.deadline_text not in ('ежемесячно', 'ежеквартально')
        ) w
        where i.kind = 'item' and e.organization_id = any($1::uuid[])`,
        [[...data.regionIds, ...data.tikIds]],
      ),
    );
    // About a third of all occurrences carry a report: most of the windows that closed, some early ones.
    await timed(seconds, 'отчеты', () =>
      pool.query(
        `insert into reports (occurrence_id, status, text, metrics, author_id, review_status, created_at)
        select o.id,
          (array['done','done','done','done','done','done','done','partial','partial','not_done'])[1 + (abs(hashtext(o.id::text)) % 10)],
          'Мероприятие проведено в установленный срок, информация направлена в вышестоящую комиссию.',
          jsonb_build_object('participants', abs(hashtext(o.id::text)) % 60),
          u.id,
          case when abs(hashtext(o.id::text || 'r')) % 10 < 6 then 'accepted' else 'pending' end,
          least(o.window_end::timestamp + interval '2 days', now())
        from occurrences o join users u on u.organization_id = o.organization_id
        where o.organization_id = any($1::uuid[])
          and ((o.window_end < current_date and abs(hashtext(o.id::text || 'p')) % 100 < 38) or abs(hashtext(o.id::text || 'p')) % 100 < 2)`,
        [[...data.regionIds, ...data.tikIds]],
      ),
    );
    await timed(seconds, 'ANALYZE', () => pool.query('analyze'));
    const counts: Record<string, number> = {};
    for (const table of ['organizations', 'plans', 'plan_items', 'item_executors', 'occurrences', 'reports']) {
      counts[table] = Number((await pool.query(`select count(*)::int as n from ${table}`)).rows[0].n);
    }

    const cookies = await benchSessions(pool, data.executorLogins.slice(0, executorsWanted));
    return { data, counts, seconds, cookies };
  } finally {
    await pool.end();
  }
}
