// The browsers as these machines run them: as root, headless, on a closed network (see TOOLCHAIN.md).
import { existsSync } from 'node:fs';

export const chromiumPath = () => {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
};

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** FIREFOX_PATH when set (and only then, so a wrong path is not silently replaced), else Debian's ESR. */
export const firefoxPath = () => {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  return existsSync(path) ? path : undefined;
};
