import { Command } from 'commander';
import { openConfiguredDatabase } from '../server/db/open-database.js';
import { seedDemo } from '../server/demo/seed-demo-plans.js';
import { seedDemoConsolidation } from '../server/demo/seed-demo-consolidation.js';
import { wipeAllData } from '../server/demo/seed-demo.js';
import { parseEnv } from '../server/env.js';
import { appVersion, projectRoot, startServer } from '../server/main.js';
import { registerBackupCommands } from './backup.command.js';
import { registerDeadlineCommand } from './deadline.command.js';
import { importDeps } from './import-deps.js';
import { registerImportCommand } from './import.command.js';
import { registerUserCommand } from './user.command.js';
import { ensureWebBuilt } from './web-build.js';

const program = new Command().name('planik').description('Planik — планирование и контроль исполнения планов избирательных комиссий').version(appVersion());

program
  .command('serve')
  .description('Запустить сервер (API и веб-интерфейс)')
  .option('--build', 'собрать веб-интерфейс, если сборка устарела')
  .action(async (opts: { build?: boolean }) => {
    const env = parseEnv();
    if (opts.build) ensureWebBuilt(projectRoot);
    await startServer(env);
  });

program
  .command('demo')
  .description('Сбросить базу данных к демонстрационным данным (все данные будут удалены)')
  .option('--yes', 'не спрашивать подтверждения')
  .action(async (opts: { yes?: boolean }) => {
    if (!opts.yes && process.stdin.isTTY) {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await rl.question('Все данные будут удалены и заменены демонстрационными. Продолжить? (да/нет) ');
      rl.close();
      if (!/^(да|y|yes|д)$/i.test(answer.trim())) return;
    }
    const env = parseEnv();
    const opened = await openConfiguredDatabase(env);
    try {
      await wipeAllData(opened.database.db);
      console.log(`Демонстрационные данные загружены: ${await seedDemo(opened.database.db, env, { living: env.PLANIK_DEMO_LIVING })}`);
      console.log(`Демонстрация сводного планирования: ${await seedDemoConsolidation(opened.database.db)}`);
    } finally {
      await opened.close();
    }
  });

registerUserCommand(program);
registerDeadlineCommand(program);
registerImportCommand(program, importDeps);
registerBackupCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`Ошибка: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
