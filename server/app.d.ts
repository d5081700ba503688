import type { AppOptions, RequestHandler } from './types.js';
export type { AppOptions, Config, RequestHandler, Store, SubscriberRow } from './types.js';
export declare function createApp(options: AppOptions): RequestHandler;
