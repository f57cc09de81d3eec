// Makes sure the system programs the tests need are present: Debian's chromium for the
// browser tests and PostgreSQL's server binaries for the PostgreSQL store suite. As root on
// Debian it installs what is missing; otherwise it stops and says what to set or install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';
import { postgresBinDir } from './postgres.mjs';

const missing = [];
if (!existsSync(chromiumPath())) missing.push('chromium');
if (!postgresBinDir()) missing.push('postgresql');

if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (!canInstall) {
    console.error(
      `Missing: ${missing.join(', ')}. Install Debian's packages (${missing.join(' ')}), ` +
        "or set CHROME_PATH to a Chromium binary and PG_BIN to PostgreSQL's bin folder.",
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
