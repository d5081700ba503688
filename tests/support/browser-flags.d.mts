/** The Chromium binary to drive: CHROME_PATH, else a Debian install; undefined when none exists. */
export function chromiumPath(): string | undefined;
/** Launch flags for Chromium as root, headless, on a closed network. */
export const chromiumArgs: string[];
