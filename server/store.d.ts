import type { Store } from './types.js';
export declare function openStore(path: string, options?: { readonly?: boolean }): Store;
