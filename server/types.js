// @ts-check
// Shared shapes of the reference back-end, as JSDoc: server/*.js and the tests read them from here.
export {};

/**
 * At most `limit` hits per key within a window of `windowMs` that starts at the first hit.
 * @typedef {{ limit: number, windowMs: number }} RateRule
 */

/**
 * @typedef {{ ok: true } | { ok: false, retryAfterSeconds: number }} RateVerdict
 */

/**
 * How the confirmation email goes out; `undefined` in Config.smtp means "write the link to the log".
 * @typedef {object} SmtpSettings
 * @property {string} host
 * @property {number} port
 * @property {'starttls' | 'implicit' | 'none'} tls `starttls` (required), `implicit` (port 465) or `none` (a relay on loopback)
 * @property {string} [user]
 * @property {string} [password]
 * @property {string} from the From address, for example `Freelance Hub <news@example.com>`
 */

/**
 * @typedef {object} Config
 * @property {number} port
 * @property {string} host
 * @property {string} publicUrl where readers reach the server; links in emails start with it
 * @property {string} siteName named in the email and on the pages
 * @property {string} dataDir
 * @property {string} dbPath the SQLite file (when databaseUrl is unset)
 * @property {string | undefined} databaseUrl `postgres://…`: PostgreSQL instead of SQLite
 * @property {string[]} allowedOrigins origins that may POST from a browser; `*` allows any
 * @property {string[]} categories accepted categories; empty accepts any
 * @property {boolean} requireConsent
 * @property {RateRule} ratePerIp attempts per client (an IPv4 address or an IPv6 /64)
 * @property {RateRule} ratePerAddress emails per address; over it the answer is the same and nothing is sent
 * @property {number} confirmTtlMs how long a confirm link works
 * @property {number} bodyLimit largest request body, in bytes
 * @property {number} trustProxy how many proxies of yours append to X-Forwarded-For (0: ignore it)
 * @property {SmtpSettings | undefined} smtp
 * @property {string | undefined} staticDir a folder served as static files (`npm run serve`)
 * @property {number} shutdownMs how long in-flight requests get to finish on SIGTERM
 */

/** @typedef {'pending' | 'subscribed' | 'unsubscribed'} SubscriberStatus */

/**
 * One row of the list, as the export shows it. `expired` is a pending row whose every confirm link has expired.
 * @typedef {object} SubscriberRow
 * @property {number} id
 * @property {string} email
 * @property {string} category
 * @property {SubscriberStatus | 'expired'} status
 * @property {string} source
 * @property {boolean} consent
 * @property {string} created_at
 * @property {string | null} confirmed_at
 * @property {string | null} unsubscribed_at
 */

/**
 * @typedef {object} NewSubscriber
 * @property {string} email trimmed and lower-case
 * @property {string} [category]
 * @property {string} [source]
 * @property {boolean} [consent]
 */

/**
 * A link's token as stored: its SHA-256, never the token itself.
 * @typedef {{ hash: string, purpose: 'confirm' | 'unsubscribe', expiresAt: number | null }} NewToken
 */

/**
 * @typedef {object} SubscribeResult
 * @property {boolean} created false when the address was already on the list for that category (never told to the client)
 * @property {SubscriberStatus} status after the call: `pending` means a confirmation email is due
 */

/**
 * What a link's token leads to. `used`: a confirm link used before; `expired`: past its time.
 * @typedef {object} TokenLookup
 * @property {'valid' | 'used' | 'expired' | 'unknown'} state
 * @property {{ email: string, status: SubscriberStatus, source: string } | undefined} subscriber
 */

/**
 * The subscriber list, in SQLite or PostgreSQL: the same behaviour behind the same methods.
 * Times are milliseconds since the epoch, passed in so tests can move the clock.
 * @typedef {object} Store
 * @property {'sqlite' | 'postgres'} kind
 * @property {string} location the file, or the URL without its password
 * @property {(subscriber: NewSubscriber, tokens: NewToken[], now: number) => Promise<SubscribeResult>} subscribe
 *   adds a pending row or finds the existing one (an unsubscribed one becomes pending again); the tokens are
 *   stored only when the row ends up pending
 * @property {(hash: string, purpose: NewToken['purpose'], now: number) => Promise<TokenLookup>} lookup reads, changes nothing
 * @property {(hash: string, now: number) => Promise<TokenLookup>} confirm uses a valid confirm token once; the answer is its state before
 * @property {(hash: string, now: number) => Promise<TokenLookup>} unsubscribe by an unsubscribe token (again is fine)
 * @property {(key: string, rule: RateRule, now: number) => Promise<RateVerdict>} hit counts an attempt, shared by every instance on the database
 * @property {(now: number) => Promise<SubscriberRow[]>} all in signup order
 * @property {() => Promise<void>} close
 */

/** @typedef {(error?: unknown) => void} Next */
/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: Next) => void} Middleware */
/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} RequestHandler */
