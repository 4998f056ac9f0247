import { metricsAccess } from './metrics-access';

describe('metricsAccess', () => {
  const token = 't'.repeat(40);

  it('is open outside production without a token, closed in production without one', () => {
    expect(metricsAccess({ NODE_ENV: 'development', METRICS_TOKEN: undefined })(undefined)).toBe(true);
    expect(metricsAccess({ NODE_ENV: 'test', METRICS_TOKEN: undefined })('Bearer anything')).toBe(true);
    expect(metricsAccess({ NODE_ENV: 'production', METRICS_TOKEN: undefined })(undefined)).toBe(false);
    expect(metricsAccess({ NODE_ENV: 'production', METRICS_TOKEN: undefined })(`Bearer ${token}`)).toBe(
      false,
    );
  });

  it.each(['production', 'development'] as const)('requires the bearer token when one is set (%s)', (env) => {
    const allows = metricsAccess({ NODE_ENV: env, METRICS_TOKEN: token });
    expect(allows(`Bearer ${token}`)).toBe(true);
    expect(allows(`bearer ${token}`)).toBe(true);
    expect(allows(undefined)).toBe(false);
    expect(allows(token)).toBe(false);
    expect(allows(`Bearer ${token}x`)).toBe(false);
    expect(allows(`Bearer ${token.slice(1)}`)).toBe(false);
    expect(allows('Bearer ')).toBe(false);
  });
});
