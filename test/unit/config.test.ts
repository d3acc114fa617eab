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
    const config = loadConfig({ NEO4J_URI: ' bolt://db:7687 ', NODE_ENV: 'production', DIPLOGRAPH_API_TOKEN: 'a-secret-of-24-characters' }, '/');
    expect(config.neo4j.uri).toBe('bolt://db:7687');
    expect(config.api.exposeSchema).toBe(false);
    expect(config.api.token).toBe('a-secret-of-24-characters');
  });

  it('turns the caches off with 0, but not the timeout or the ports', () => {
    const config = loadConfig({ DIPLOGRAPH_RESPONSE_CACHE_MS: '0', DIPLOGRAPH_NETWORK_CACHE_MS: '0' }, '/');
    expect(config.api).toMatchObject({ responseCacheMs: 0, networkCacheMs: 0 });
    expect(() => loadConfig({ DIPLOGRAPH_QUERY_TIMEOUT_MS: '0' }, '/')).toThrow(/DIPLOGRAPH_QUERY_TIMEOUT_MS must be a positive integer/);
    expect(() => loadConfig({ DIPLOGRAPH_PORT: '0' }, '/')).toThrow(/DIPLOGRAPH_PORT must be a port 1-65535, got "0"/);
  });

  it('names the variable and the value it cannot read', () => {
    expect(() => loadConfig({ DIPLOGRAPH_RESPONSE_CACHE_MS: '-5' }, '/')).toThrow('DIPLOGRAPH_RESPONSE_CACHE_MS must be a non-negative integer, got "-5"');
    expect(() => loadConfig({ DIPLOGRAPH_NETWORK_CACHE_MS: 'soon' }, '/')).toThrow(/DIPLOGRAPH_NETWORK_CACHE_MS.*"soon"/);
  });

  it('reports a bad variable as a one-line CONFIG_INVALID error', () => {
    expect(() => loadConfig({ DIPLOGRAPH_PORT: 'eighty' }, '/')).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    expect(() => loadConfig({ DIPLOGRAPH_NEO4J_PORT: '70000' }, '/')).toThrow('DIPLOGRAPH_NEO4J_PORT must be a port 1-65535, got "70000"');
  });

  it('refuses an API token short enough to guess', () => {
    expect(() => loadConfig({ DIPLOGRAPH_API_TOKEN: 'x' }, '/')).toThrow(/DIPLOGRAPH_API_TOKEN must be at least 16 characters/);
    expect(() => loadConfig({ DIPLOGRAPH_API_TOKEN: '0123456789abcde' }, '/')).toThrow(/at least 16/);
    expect(loadConfig({ DIPLOGRAPH_API_TOKEN: '0123456789abcdef' }, '/').api.token).toBe('0123456789abcdef');
  });

  it('allows no other origin by default, and exactly the listed ones when configured', () => {
    expect(loadConfig({}, '/').api.corsOrigins).toEqual([]);
    const listed = loadConfig({ DIPLOGRAPH_CORS_ORIGINS: 'https://notebook.example.org, http://localhost:5173' }, '/');
    expect(listed.api.corsOrigins).toEqual(['https://notebook.example.org', 'http://localhost:5173']);
    expect(() => loadConfig({ DIPLOGRAPH_CORS_ORIGINS: '*' }, '/')).toThrow(/not an origin/);
    expect(() => loadConfig({ DIPLOGRAPH_CORS_ORIGINS: 'https://a.example/path' }, '/')).toThrow(/not an origin/);
  });

  it('answers only loopback Host names on a loopback server, the given host otherwise, any on 0.0.0.0', () => {
    expect(loadConfig({}, '/').api.allowedHosts).toEqual(['127.0.0.1', 'localhost', '::1', '[::1]']);
    expect(loadConfig({ DIPLOGRAPH_HOST: 'graph.lan' }, '/').api.allowedHosts).toEqual(['graph.lan']);
    expect(loadConfig({ DIPLOGRAPH_HOST: '0.0.0.0' }, '/').api.allowedHosts).toBeNull();
    expect(loadConfig({ DIPLOGRAPH_HOST: '0.0.0.0', DIPLOGRAPH_ALLOWED_HOSTS: 'graph.lan, 10.0.0.5' }, '/').api.allowedHosts).toEqual(['graph.lan', '10.0.0.5']);
  });

  it('limits request bodies to 8 MiB unless told otherwise', () => {
    expect(loadConfig({}, '/').api.maxBodyBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ DIPLOGRAPH_MAX_BODY_BYTES: '65536' }, '/').api.maxBodyBytes).toBe(65_536);
  });
});
