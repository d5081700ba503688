/** The Chromium binary to drive: CHROME_PATH, else a Debian install; undefined when none exists. */
export function chromiumPath(): string | undefined;
/** Launch flags for Chromium as root, headless, on a closed network. */
export const chromiumArgs: string[];
/** The Firefox binary to drive: FIREFOX_PATH, else Debian's Firefox ESR; undefined when it does not exist. */
export function firefoxPath(): string | undefined;
