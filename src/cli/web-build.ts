import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the web app with Vite when the build is missing or older than its sources. */
export function ensureWebBuilt(root: string): void {
  const built = join(root, 'dist', 'web', 'index.html');
  const sources = ['src/web', 'src/shared', 'src/domain', 'index.html', 'vite.config.ts'].map((p) => join(root, p));
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt && builtAt >= Math.max(...sources.map(newestMtime))) return;
  console.log('Сборка веб-интерфейса…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // Always a production build: under a test runner NODE_ENV=test would select React's slower development runtime.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('Не удалось собрать веб-интерфейс (vite build)');
}
