// Which request paths are the explorer's files: the page at /, its bundle under /explorer/, nothing
// outside its folder however the path is spelled.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explorerFile } from '../../src/api/explorer-files.js';

const dir = '/srv/diplograph/dist/explorer';

describe('explorerFile', () => {
  it('serves the page at / and the bundle under /explorer/', () => {
    expect(explorerFile('/', dir)).toBe(join(dir, 'index.html'));
    expect(explorerFile('/index.html', dir)).toBe(join(dir, 'index.html'));
    expect(explorerFile('/explorer/explorer.js', dir)).toBe(join(dir, 'explorer.js'));
  });

  it('leaves /graphql and every other path to the API', () => {
    expect(explorerFile('/graphql', dir)).toBeNull();
    expect(explorerFile('/healthz', dir)).toBeNull();
    expect(explorerFile('/explorer', dir)).toBeNull();
  });

  it('never leaves its folder', () => {
    expect(explorerFile('/explorer/../package.json', dir)).toBeNull();
    expect(explorerFile('/explorer/%2e%2e/%2e%2e/package.json', dir)).toBeNull();
    expect(explorerFile('/explorer/%2e%2e%2fsecrets', dir)).toBeNull();
    expect(explorerFile('/explorer/', dir)).toBeNull();
    expect(explorerFile('/explorer/%E0%A4%A', dir)).toBeNull();
  });
});
