import type { Config } from './types.js';
export declare const PROJECT_ROOT: string;
export declare function loadConfig(env?: Record<string, string | undefined>): Config;
