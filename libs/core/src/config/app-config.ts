import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const DATABASE_PROFILES = ['ferretdb', 'mongodb'] as const;
export type DatabaseProfileName = (typeof DATABASE_PROFILES)[number];

const emptyAsUndefined = (value: unknown): unknown => (value === '' ? undefined : value);

/** The names Express gives to address ranges in its `trust proxy` setting. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address with a prefix length (CIDR), or one of Express's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies the API believes about the client's address (X-Forwarded-For), as Express's
 * `trust proxy`: none (false), a number of proxy hops in front of it, or the proxies' addresses.
 * Never "every sender": a client could then pick its own address and escape its per-IP limits.
 */
export type TrustedProxies = false | number | string[];

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MONGODB_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/.+/, 'must be a mongodb:// or mongodb+srv:// connection string')
      .optional(),
  ),
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be 1-63 letters, digits, "_" or "-"')
    .default('kabinet'),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Connections to the database; unset: 20 on the embedded server's SQLite files, else the driver's 100. */
  MONGODB_MAX_POOL_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).optional()),
  /** Run the embedded FerretDB on its PostgreSQL backend (this database) instead of SQLite files. */
  EMBEDDED_POSTGRESQL_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// connection string')
      .optional(),
  ),
  /** Which database's strategy the API follows (docs/DATABASE.md); unset: asked from the server at start. */
  DATABASE_PROFILE: z.preprocess(emptyAsUndefined, z.enum(DATABASE_PROFILES).optional()),
  JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Browser origins allowed to call the API cross-origin; none: same origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z.array(
        z
          .url({ protocol: /^https?$/ })
          .regex(/^[^/]+\/\/[^/]+$/, 'must be an origin (scheme://host[:port], no path)'),
      ),
    ),
  /** Mutations per signed-in user a minute (votes are counted apart). */
  THROTTLE_MUTATIONS_PER_USER: z.coerce.number().int().min(1).default(60),
  /** Vote changes (castVote, retractVote) and pair answers (comparePair) per signed-in user a minute. */
  THROTTLE_VOTES_PER_USER: z.coerce.number().int().min(1).default(120),
  /** Mutations per IP address a minute, all users behind it together (an office NAT). */
  THROTTLE_MUTATIONS_PER_IP: z.coerce.number().int().min(1).default(1000),
  /**
   * Seconds an anonymous public read (the ranked suggestions, a published list) is answered from
   * the response cache and may be kept by browsers and proxies; 0 switches the cache off
   * (docs/CACHING.md).
   */
  PUBLIC_READ_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  /**
   * Where mail goes: smtp://user:pass@host:587 or smtps://…; unset outside production: an embedded
   * Mailpit that captures every message (docs/MAIL.md).
   */
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  /** The sender of every message, as `Name <address>` or an address. */
  MAIL_FROM: z.string().min(3).default('Kabinet van Vernieuwing <noreply@kabinet.localhost>'),
  /** The base URL links in mail point to (the web client); unset outside production: http://localhost:PORT. */
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  /**
   * A Redis server the API processes share (redis://[user:password@]host:6379[/db] or rediss://…):
   * subscriptions, throttling counters and the change bus go through it (docs/ARCHITECTURE.md).
   * Unset: all of that stays in this process.
   */
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  /** Starts every Redis key and channel name, so that several deployments (or test runs) can share one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]{1,64}$/, 'must be 1-64 letters, digits, "_", ":", "." or "-"')
    .default('kabinet:'),
  /**
   * The proxies in front of the API whose X-Forwarded-For names the client (docs/SECURITY.md):
   * addresses or CIDR ranges (or loopback, linklocal, uniquelocal), comma-separated, or a number
   * of hops. Unset: none, the client is the address of the connection.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value, context): TrustedProxies => {
      const trimmed = value.trim();
      if (trimmed === '') return false;
      if (/^\d+$/.test(trimmed)) {
        const hops = Number(trimmed);
        if (hops >= 1 && hops <= 10) return hops;
      } else {
        const entries = trimmed.split(',').map((entry) => entry.trim());
        if (entries.every(isProxyAddress)) return entries;
      }
      context.addIssue({
        code: 'custom',
        message:
          'must be proxy addresses or CIDR ranges (or loopback, linklocal, uniquelocal), comma-separated, or a number of hops from 1 to 10',
      });
      return z.NEVER;
    }),
  /**
   * Names the process that answered in an `X-Served-By` header (HTTP answers and WebSocket
   * upgrades), for tests and operators checking a load balancer's spread. A random id per start.
   */
  SERVED_BY_HEADER: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((value) => value === 'true'),
  /** GraphQL WebSocket connections one IP address may hold open (a browser tab holds one). */
  WS_SOCKETS_PER_IP: z.coerce.number().int().min(1).default(200),
  /** A WebSocket that runs no subscription and sends nothing for this long is closed. */
  WS_IDLE_SECONDS: z.coerce.number().int().min(1).default(60),
  /**
   * The bearer token GET /metrics requires when set; unset, /metrics is open outside production
   * and absent (404) in production.
   */
  METRICS_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
});

export type AppConfig = Omit<z.infer<typeof envSchema>, 'JWT_SECRET' | 'PUBLIC_URL'> & {
  JWT_SECRET: string;
  PUBLIC_URL: string;
};

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/**
 * Validates the environment. Every problem names its variable, so a wrong value stops start-up
 * with a message an operator can act on.
 */
export function loadConfig(env: Record<string, unknown>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  const missing = [
    production && parsed.data.JWT_SECRET === undefined
      ? 'JWT_SECRET: required when NODE_ENV=production (at least 32 characters)'
      : null,
    production && parsed.data.SMTP_URL === undefined
      ? 'SMTP_URL: required when NODE_ENV=production (smtp://user:password@host:587)'
      : null,
    production && parsed.data.PUBLIC_URL === undefined
      ? 'PUBLIC_URL: required when NODE_ENV=production (the address of the web client, for links in mail)'
      : null,
  ].filter((problem) => problem !== null);
  if (missing.length > 0) {
    throw new ConfigurationError(`Invalid configuration: ${missing.join('; ')}`);
  }
  const dataDir = resolve(parsed.data.DATA_DIR);
  return {
    ...parsed.data,
    DATA_DIR: dataDir,
    JWT_SECRET: parsed.data.JWT_SECRET ?? developmentJwtSecret(dataDir),
    PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`,
  };
}

/** Outside production a secret is generated once and kept in DATA_DIR, so sessions survive restarts. */
function developmentJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
