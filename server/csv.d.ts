import type { SubscriberRow } from './types.js';
export declare const CSV_COLUMNS: readonly ['email', 'category', 'status', 'source', 'consent', 'created_at', 'confirmed_at'];
export declare function csvCell(value: unknown): string;
export declare function toCsv(rows: Iterable<SubscriberRow>): string;
