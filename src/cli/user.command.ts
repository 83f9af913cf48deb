import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { eq, or } from 'drizzle-orm';
import { isRole, roles } from '../domain/auth/roles.js';
import { openConfiguredDatabase } from '../server/db/open-database.js';
import { organizations } from '../server/db/schema/index.js';
import { parseEnv } from '../server/env.js';
import { findUserByLogin, insertUser, updateUser, deleteSessionsOfUser } from '../server/repositories/user.repository.js';
import { audit } from '../server/services/audit.js';
import { hashPassword } from '../server/services/password.js';

async function readPassword(given: string | undefined): Promise<string> {
  if (given) return given;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write('Пароль: ');
  const line = (await rl[Symbol.asyncIterator]().next()).value as string | undefined;
  rl.close();
  if (!line?.trim()) throw new Error('Пароль не введен');
  return line.trim();
}

const cliContext = { user: null, ip: 'cli' };

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Управление пользователями');

  user
    .command('add <login>')
    .description('Создать пользователя')
    .requiredOption('--org <id|short name>', 'организация (идентификатор или краткое наименование)')
    .option('--role <roles>', `роли через запятую: ${roles.join(', ')}`, 'executor')
    .option('--name <display name>', 'отображаемое имя')
    .option('--password <password>', 'пароль (иначе читается со стандартного ввода)')
    .action(async (login: string, opts: { org: string; role: string; name?: string; password?: string }) => {
      const given = opts.role.split(',').map((r) => r.trim());
      const userRoles = given.filter(isRole);
      const bad = given.filter((r) => !isRole(r));
      if (bad.length) throw new Error(`Неизвестные роли: ${bad.join(', ')}. Допустимые: ${roles.join(', ')}`);
      const password = await readPassword(opts.password);
      const opened = await openConfiguredDatabase(parseEnv());
      try {
        const { db } = opened.database;
        const isUuid = /^[0-9a-f-]{36}$/i.test(opts.org);
        const org = await db.query.organizations.findFirst({
          where: isUuid ? eq(organizations.id, opts.org) : or(eq(organizations.shortName, opts.org), eq(organizations.name, opts.org)),
        });
        if (!org) throw new Error(`Организация «${opts.org}» не найдена`);
        if (await findUserByLogin(db, login.toLowerCase())) throw new Error(`Пользователь ${login} уже существует`);
        const passwordHash = await hashPassword(password);
        const created = await db.transaction(async (tx) => {
          const row = await insertUser(tx, {
            login: login.toLowerCase(),
            displayName: opts.name ?? login,
            organizationId: org.id,
            roles: userRoles,
            passwordHash,
          });
          await audit(tx, cliContext, {
            action: 'user.create',
            entityType: 'user',
            entityId: row.id,
            after: { login: row.login, roles: row.roles, organizationId: org.id },
          });
          return row;
        });
        console.log(`Пользователь ${created.login} создан (${org.shortName ?? org.name}; роли: ${userRoles.join(', ')})`);
      } finally {
        await opened.close();
      }
    });

  user
    .command('passwd <login>')
    .description('Сменить пароль пользователя (все его сеансы завершаются)')
    .option('--password <password>', 'новый пароль (иначе читается со стандартного ввода)')
    .action(async (login: string, opts: { password?: string }) => {
      const password = await readPassword(opts.password);
      const opened = await openConfiguredDatabase(parseEnv());
      try {
        const { db } = opened.database;
        const existing = await findUserByLogin(db, login.toLowerCase());
        if (!existing) throw new Error(`Пользователь ${login} не найден`);
        const passwordHash = await hashPassword(password);
        await db.transaction(async (tx) => {
          await updateUser(tx, existing.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
          await deleteSessionsOfUser(tx, existing.id);
          await audit(tx, cliContext, { action: 'user.password_reset', entityType: 'user', entityId: existing.id });
        });
        console.log(`Пароль пользователя ${existing.login} изменен`);
      } finally {
        await opened.close();
      }
    });
}
