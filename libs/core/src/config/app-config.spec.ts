import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = (): string => mkdtempSync(join(tmpdir(), 'config-spec-'));

  it('applies defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      MONGODB_DB: 'kabinet',
      LOG_LEVEL: 'info',
    });
    expect(config.MONGODB_URI).toBeUndefined();
  });

  it('names the variable of a wrong value', () => {
    expect(() => loadConfig({ PORT: 'abc', DATA_DIR: dataDir() })).toThrow(/Invalid configuration: PORT:/);
    expect(() => loadConfig({ MONGODB_URI: 'http://x', DATA_DIR: dataDir() })).toThrow(
      /MONGODB_URI: must be a mongodb/,
    );
    expect(() => loadConfig({ LOG_LEVEL: 'loud', DATA_DIR: dataDir() })).toThrow(/LOG_LEVEL/);
  });

  it('reads CORS_ORIGINS as a list of origins, none by default', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).CORS_ORIGINS).toEqual([]);
    expect(
      loadConfig({ DATA_DIR: dataDir(), CORS_ORIGINS: ' https://a.example, http://localhost:5173 ,' })
        .CORS_ORIGINS,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(() => loadConfig({ DATA_DIR: dataDir(), CORS_ORIGINS: 'https://a.example/path' })).toThrow(
      /CORS_ORIGINS\.0: must be an origin/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('has throttling limits that tests and operators can change', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      THROTTLE_MUTATIONS_PER_USER: 60,
      THROTTLE_VOTES_PER_USER: 120,
      THROTTLE_MUTATIONS_PER_IP: 1000,
    });
    expect(loadConfig({ DATA_DIR: dataDir(), THROTTLE_VOTES_PER_USER: '3' }).THROTTLE_VOTES_PER_USER).toBe(3);
    expect(() => loadConfig({ DATA_DIR: dataDir(), THROTTLE_MUTATIONS_PER_IP: '0' })).toThrow(
      /THROTTLE_MUTATIONS_PER_IP/,
    );
  });

  it('has WebSocket limits that tests and operators can change', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      WS_SOCKETS_PER_IP: 200,
      WS_IDLE_SECONDS: 60,
    });
    expect(loadConfig({ DATA_DIR: dataDir(), WS_IDLE_SECONDS: '2' }).WS_IDLE_SECONDS).toBe(2);
    expect(() => loadConfig({ DATA_DIR: dataDir(), WS_SOCKETS_PER_IP: '0' })).toThrow(/WS_SOCKETS_PER_IP/);
  });

  it('trusts no proxy unless told which, and never every sender', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(
      loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback, ::1' }).TRUST_PROXY,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', 'loopback', '::1']);
    for (const wrong of ['true', '0', '10.0.0.300', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/8']) {
      expect(() => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
    }
  });

  it('sends the X-Served-By header only when told to', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).SERVED_BY_HEADER).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), SERVED_BY_HEADER: 'true' }).SERVED_BY_HEADER).toBe(true);
    expect(() => loadConfig({ DATA_DIR: dataDir(), SERVED_BY_HEADER: 'yes' })).toThrow(/SERVED_BY_HEADER/);
  });

  it('takes an optional metrics token of at least 32 characters', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    const token = 'm'.repeat(32);
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: token }).METRICS_TOKEN).toBe(token);
    expect(() => loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN: must be at least 32 characters/,
    );
  });

  it('takes an optional database pool size', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).MONGODB_MAX_POOL_SIZE).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir(), MONGODB_MAX_POOL_SIZE: '20' }).MONGODB_MAX_POOL_SIZE).toBe(20);
    expect(() => loadConfig({ DATA_DIR: dataDir(), MONGODB_MAX_POOL_SIZE: '0' })).toThrow(
      /MONGODB_MAX_POOL_SIZE/,
    );
  });

  it('takes an optional database profile, ferretdb or mongodb', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_PROFILE: '' }).DATABASE_PROFILE).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_PROFILE: 'mongodb' }).DATABASE_PROFILE).toBe('mongodb');
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_PROFILE: 'atlas' })).toThrow(/DATABASE_PROFILE/);
  });

  it('takes an optional redis:// or rediss:// URL and a key prefix', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), REDIS_URL: '' })).toMatchObject({
      REDIS_URL: undefined,
      REDIS_KEY_PREFIX: 'kabinet:',
    });
    expect(
      loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'rediss://:secret@redis.example:6380/2' }).REDIS_URL,
    ).toBe('rediss://:secret@redis.example:6380/2');
    expect(() => loadConfig({ DATA_DIR: dataDir(), REDIS_URL: 'http://redis:6379' })).toThrow(
      /REDIS_URL: must be a redis/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  const productionMail = { SMTP_URL: 'smtp://mail.example:587', PUBLIC_URL: 'https://kabinet.example' };

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(ConfigurationError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', DATA_DIR: dataDir() })).toThrow(
      /JWT_SECRET: must be at least 32 characters/,
    );
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, ...productionMail }).JWT_SECRET).toBe(
      secret,
    );
  });

  it('requires SMTP_URL and PUBLIC_URL in production, naming each', () => {
    const secret = 'x'.repeat(40);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(
      /SMTP_URL: required when NODE_ENV=production.*PUBLIC_URL: required/,
    );
    expect(() => loadConfig({ ...productionMail, SMTP_URL: 'http://mail' })).toThrow(
      /SMTP_URL: must be an smtp/,
    );
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '4100' }).PUBLIC_URL).toBe('http://localhost:4100');
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://kabinet.example/' }).PUBLIC_URL).toBe(
      'https://kabinet.example',
    );
  });

  it('generates a development secret once and keeps it in DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).JWT_SECRET;
    const second = loadConfig({ DATA_DIR: dir }).JWT_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('treats an empty MONGODB_URI as unset', () => {
    expect(loadConfig({ MONGODB_URI: '', DATA_DIR: dataDir() }).MONGODB_URI).toBeUndefined();
  });

  it('accepts a PostgreSQL URL for the embedded server and rejects anything else', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/postgres';
    expect(loadConfig({ EMBEDDED_POSTGRESQL_URL: url, DATA_DIR: dataDir() }).EMBEDDED_POSTGRESQL_URL).toBe(
      url,
    );
    expect(
      loadConfig({ EMBEDDED_POSTGRESQL_URL: '', DATA_DIR: dataDir() }).EMBEDDED_POSTGRESQL_URL,
    ).toBeUndefined();
    expect(() => loadConfig({ EMBEDDED_POSTGRESQL_URL: 'mysql://x', DATA_DIR: dataDir() })).toThrow(
      /EMBEDDED_POSTGRESQL_URL: must be a postgres/,
    );
  });
});
