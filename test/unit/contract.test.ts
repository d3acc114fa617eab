// The extraction contract: every result validates against the JSON schema (draft 2020-12, real
// validator), in process and through the built CLI (`extract --json`: one line per input, in order; a
// missing file gives a JSON error line, exit code 2, and the other files are still extracted).
// The schema is copied to schema/contracts/ so that this runs without ../shared; when ../shared is
// there, the copy must be identical to it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, SAMPLE_PATH, extract, fixturePath } from './extract-fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_COPY = join(ROOT, 'schema/contracts/extraction.schema.json');
const SCHEMA_SHARED = join(ROOT, '../shared/contracts/extraction.schema.json');
const INPUTS = [...FIXTURE_NAMES.map(fixturePath), SAMPLE_PATH];

const schema = JSON.parse(readFileSync(SCHEMA_COPY, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

function problems(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('schema copy', () => {
  it('is identical to ../shared/contracts/extraction.schema.json when ../shared is present', (ctx) => {
    if (!existsSync(SCHEMA_SHARED)) ctx.skip(`${SCHEMA_SHARED} not found (no ../shared next to the project); the copy is used as is`);
    expect(readFileSync(SCHEMA_COPY, 'utf8')).toBe(readFileSync(SCHEMA_SHARED, 'utf8'));
  });

  it('is a draft 2020-12 schema the validator really applies', () => {
    expect((schema as { $schema?: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(problems({ contractVersion: 1 })).not.toEqual([]);
    expect(problems({ contractVersion: 2, document: {}, meetings: [], entities: [], topics: [], statements: [] })).not.toEqual([]);
  });
});

describe('results of extractDocument', () => {
  it.each(INPUTS)('%s validates against the contract', async (path) => {
    expect(problems(await extract(path))).toEqual([]);
  });

  it('rejects a result with a wrong meeting kind or a bad date', async () => {
    const result = structuredClone(await extract(SAMPLE_PATH));
    expect(result.meetings.length).toBeGreaterThan(0);
    (result.meetings[0] as { kind: string }).kind = 'banquet';
    result.meetings[0]!.date = '27.10.2002';
    expect(problems(result).join('\n')).toMatch(/kind[\s\S]*date|date[\s\S]*kind/);
  });
});

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds dist/ when src/ is newer (as test/global-setup.ts does for the integration project). */
function buildDistIfStale(): void {
  const mainJs = join(ROOT, 'dist/cli/main.js');
  if (newestMtime(mainJs) >= Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'tsconfig.build.json')))) return;
  // tsc emits even with type errors elsewhere in the tree; what matters here is a fresh dist/.
  spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(mainJs)) throw new Error('npm run build did not produce dist/cli/main.js');
}

describe('diplograph extract --json (built CLI)', () => {
  const missing = join(ROOT, 'test/fixtures/docs/no-such-summary.txt');
  const args = [...INPUTS.slice(0, 5), missing, ...INPUTS.slice(5)];
  let run: ReturnType<typeof spawnSync>;
  let lines: string[];

  beforeAll(() => {
    buildDistIfStale();
    run = spawnSync(process.execPath, ['bin/diplograph.js', 'extract', '--json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    lines = String(run.stdout).split('\n').filter((line) => line.trim() !== '');
  }, 180_000);

  it('prints one JSON line per input file, in input order', () => {
    expect(lines).toHaveLength(args.length);
    const sources = lines.map((line) => (JSON.parse(line) as { document?: { source: string }; source?: string }));
    expect(sources.map((r) => r.document?.source ?? r.source)).toEqual(args);
  });

  it('prints results that validate against the contract', () => {
    const results = lines.map((line) => JSON.parse(line) as { error?: string });
    for (const [i, result] of results.entries()) {
      if (args[i] === missing) continue;
      expect(problems(result), args[i]).toEqual([]);
    }
  });

  it('reports a missing file as a JSON error line, on stderr, and with exit code 2, still extracting the rest', () => {
    const errorLine = JSON.parse(lines[args.indexOf(missing)] ?? '{}') as { error?: unknown; source?: unknown };
    expect(errorLine).toEqual({ error: expect.stringMatching(/ENOENT|no such file/i), source: missing });
    expect(String(run.stderr)).toContain(missing);
    expect(run.status).toBe(2);
    expect(lines.filter((line) => (JSON.parse(line) as { contractVersion?: number }).contractVersion === 1)).toHaveLength(INPUTS.length);
  });
});
