// What the test tiers need from the machine besides node_modules, and how to get it.
// As root with apt-get the missing Debian packages are installed (and said so); otherwise
// the tiers that need them are skipped with one line naming what to install. Under CI=true
// nothing is skipped: a missing prerequisite fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** `needs`: the tiers (or checks) that cannot run without it. */
const PREREQUISITES = [
  { what: 'Chromium', pkg: 'chromium', needs: ['browser'], present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  {
    what: 'fonts-liberation',
    pkg: 'fonts-liberation',
    needs: ['browser', 'documents'],
    present: () => dpkgInstalled('fonts-liberation') || existsSync('/usr/share/fonts/truetype/liberation'),
  },
  { what: 'LibreOffice', pkg: 'libreoffice-writer-nogui', needs: ['documents'], present: () => onPath('soffice') || onPath('libreoffice') },
  // XLSX → PDF (the printed plan sheet) needs Calc besides Writer.
  {
    what: 'LibreOffice Calc',
    pkg: 'libreoffice-calc-nogui',
    needs: ['documents'],
    present: () => dpkgInstalled('libreoffice-calc-nogui') || dpkgInstalled('libreoffice-calc'),
  },
  { what: 'poppler (pdftoppm)', pkg: 'poppler-utils', needs: ['documents'], present: () => onPath('pdftoppm') },
  // Two app instances behind a real proxy (test/api/multi-instance.test.ts, PostgreSQL tier).
  { what: 'HAProxy', pkg: 'haproxy', needs: ['multi-instance'], present: () => existsSync('/usr/sbin/haproxy') },
];

function canInstall() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && onPath('apt-get');
}

function aptInstall(pkgs) {
  console.log(`Устанавливаю недостающие пакеты Debian: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // apt's progress is hundreds of lines: shown only when it fails.
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...pkgs],
  ]) {
    const r = spawnSync('apt-get', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      process.stdout.write(r.stdout ?? '');
      process.stderr.write(r.stderr ?? '');
      return false;
    }
  }
  return true;
}

/**
 * Checks, installs when possible, and returns what is still missing:
 * `{ missing: [{what, pkg, needs}], skip: Set<need> }`.
 */
export function ensurePrerequisites({ wanted }) {
  let missing = PREREQUISITES.filter((p) => p.needs.some((n) => wanted.has(n)) && !p.present());
  if (missing.length > 0 && canInstall()) {
    aptInstall(missing.map((p) => p.pkg));
    missing = missing.filter((p) => !p.present());
  }
  const skip = new Set(missing.flatMap((p) => p.needs));
  return { missing, skip };
}
