// Shared shapes of the reference back-end (server/*.js reads these through JSDoc; tests through the .d.ts files).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** At most `limit` hits per key within any `windowMs`. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface Config {
  port: number;
  host: string;
  /** Where readers reach the server; confirm links start with it. */
  publicUrl: string;
  dataDir: string;
  dbPath: string;
  /** Origins that may POST from a browser; `*` allows any. */
  allowedOrigins: string[];
  /** Accepted categories; empty accepts any. */
  categories: string[];
  requireConsent: boolean;
  ratePerIp: RateRule;
  ratePerAddress: RateRule;
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /** Take the client's IP from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
}

export type SubscriberStatus = 'pending' | 'subscribed';

export interface SubscriberRow {
  id: number;
  email: string;
  category: string;
  status: SubscriberStatus;
  token: string;
  source: string;
  consent: boolean;
  created_at: string;
  confirmed_at: string | null;
}

export interface NewSubscriber {
  email: string;
  category?: string;
  source?: string;
  consent?: boolean;
}

export interface SubscribeResult {
  /** False when the address was already on the list for that category (never told to the client). */
  created: boolean;
  status: SubscriberStatus;
  token: string;
}

export interface Store {
  readonly path: string;
  /** Adds a pending subscriber, or returns the existing row's state for the same address and category. */
  subscribe(subscriber: NewSubscriber): SubscribeResult;
  /** Marks the token's row subscribed (again is fine); undefined for an unknown token. */
  confirm(token: string): SubscriberRow | undefined;
  byToken(token: string): SubscriberRow | undefined;
  all(): SubscriberRow[];
  close(): void;
}

export type Next = (error?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export interface AppOptions {
  config: Config;
  store: Store;
  /** Handles every request outside /api/ (the demo pages); without it those get a 404. */
  fallback?: Middleware;
  /** Where confirm links are written; console.log by default. */
  log?: (line: string) => void;
  /** The clock for rate limits (tests move it). */
  now?: () => number;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;
