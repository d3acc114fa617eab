// The environment as loadConfig reads it: defaults, numbers checked, 0 meaning "off" only for caches.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('starts the embedded server and serves on 127.0.0.1:4000 with caches on when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.neo4j.uri).toBeNull();
    expect(config.embedded).toMatchObject({ home: '/srv/app/.diplograph', boltPort: 7687 });
    expect(config.api).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      token: null,
      exposeSchema: true,
      queryTimeoutMs: 10_000,
      responseCacheMs: 300_000,
      networkCacheMs: 300_000,
    });
  });

  it('uses NEO4J_URI as given and hides the schema in production', () => {
    const config = loadConfig({ NEO4J_URI: ' bolt://db:7687 ', NODE_ENV: 'production', DIPLOGRAPH_API_TOKEN: 'secret' }, '/');
    expect(config.neo4j.uri).toBe('bolt://db:7687');
    expect(config.api.exposeSchema).toBe(false);
    expect(config.api.token).toBe('secret');
  });

  it('turns the caches off with 0, but not the timeout or the ports', () => {
    const config = loadConfig({ DIPLOGRAPH_RESPONSE_CACHE_MS: '0', DIPLOGRAPH_NETWORK_CACHE_MS: '0' }, '/');
    expect(config.api).toMatchObject({ responseCacheMs: 0, networkCacheMs: 0 });
    expect(() => loadConfig({ DIPLOGRAPH_QUERY_TIMEOUT_MS: '0' }, '/')).toThrow(/DIPLOGRAPH_QUERY_TIMEOUT_MS must be a positive integer/);
    expect(() => loadConfig({ DIPLOGRAPH_PORT: '0' }, '/')).toThrow(/DIPLOGRAPH_PORT must be a positive integer/);
  });

  it('names the variable and the value it cannot read', () => {
    expect(() => loadConfig({ DIPLOGRAPH_RESPONSE_CACHE_MS: '-5' }, '/')).toThrow('DIPLOGRAPH_RESPONSE_CACHE_MS must be a non-negative integer, got "-5"');
    expect(() => loadConfig({ DIPLOGRAPH_NETWORK_CACHE_MS: 'soon' }, '/')).toThrow(/DIPLOGRAPH_NETWORK_CACHE_MS.*"soon"/);
  });
});
