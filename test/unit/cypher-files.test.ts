import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypherFile, splitStatements } from '../../src/graph/cypher-files.js';

const writeNames = readdirSync(join(CYPHER_DIR, 'write'))
  .filter((name) => name.endsWith('.cypher'))
  .map((name) => `write/${name.slice(0, -'.cypher'.length)}`);

describe('cypherFile', () => {
  it('finds the package cypher/ folder from the module location', () => {
    expect(cypherFile('schema')).toContain('CREATE CONSTRAINT document_id IF NOT EXISTS');
    expect(cypherFile('write/merge-documents')).toContain('UNWIND $rows AS row');
  });

  it('reads a file once and serves it from the cache afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-cypher-'));
    writeFileSync(join(dir, 'probe.cypher'), 'RETURN 1');
    expect(cypherFile('probe', { dir })).toBe('RETURN 1');
    writeFileSync(join(dir, 'probe.cypher'), 'RETURN 2');
    expect(cypherFile('probe', { dir })).toBe('RETURN 1');
  });

  it('refuses names that could leave the cypher folder and explains a missing file', () => {
    expect(() => cypherFile('../package')).toThrow(/invalid Cypher file name/);
    expect(() => cypherFile('write/Merge Documents')).toThrow(/invalid Cypher file name/);
    expect(() => cypherFile('write/no-such-statement')).toThrow(/cannot be read/);
  });
});

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text = '// head\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// note; with a semicolon;\nRETURN "a;b";\n';
    expect(splitStatements(text)).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'RETURN "a;b"']);
  });

  it('finds every schema statement: 12 constraints, 9 range indexes, the statement-date and ABOUT backfills (one each), the full-text index, the wait', () => {
    const statements = splitStatements(cypherFile('schema'));
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(12);
    expect(statements.filter((s) => s.startsWith('CREATE RANGE INDEX'))).toHaveLength(9);
    expect(statements.filter((s) => s.startsWith('MATCH (s:Statement)-[:IN_MEETING]->(m:Meeting)'))).toHaveLength(1);
    // ABOUT from the subjects each statement names, then from those of its section, in one statement.
    expect(statements.filter((s) => /^MATCH \(s:Statement\)\s+CALL \(s\)[\s\S]*:MENTIONS[\s\S]*:IN_TOPIC[\s\S]*CREATE \(s\)-\[:ABOUT/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX'))).toHaveLength(1);
    expect(statements.at(-1)).toMatch(/^CALL db\.awaitIndexes/);
    for (const s of statements.filter((s) => s.startsWith('CREATE'))) expect(s).toContain('IF NOT EXISTS');
  });
});

describe('cypher/write', () => {
  it.each(writeNames)('%s holds one parameterised statement', (name) => {
    const text = cypherFile(name);
    expect(splitStatements(text)).toHaveLength(1);
    expect(text).not.toMatch(/\$\{|`\$/);
    // Everything but the input-free count query takes its data as parameters.
    if (name !== 'write/count-graph') expect(text).toMatch(/\$[a-zA-Z]+/);
  });
});
