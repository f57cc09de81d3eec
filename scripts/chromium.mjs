// Where the browser for tests lives: CHROME_PATH wins, else Debian's chromium.
import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = () => existsSync(chromiumPath());
