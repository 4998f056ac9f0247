import { createHmac } from 'node:crypto';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * An access token as the API issues it (HS256, `sub` = user id, 15 minutes), signed with the
 * JWT_SECRET the harness gave the API: login is rate limited to 20 per minute per address, so
 * 200 sign-ins through the API would take ten minutes. A few real logins check the path.
 */
export function mintAccessToken(secret: string, userId: string, ttlSeconds = 15 * 60): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(JSON.stringify({ sub: userId, iat: now, exp: now + ttlSeconds }));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
