// The embedded Neo4j's credentials: user neo4j and a random password generated at the first start into
// HOME/neo4j-password, readable by this user only (0600). The launcher applies it before Bolt opens;
// every command that uses the embedded server reads it from there. Nobody types or chooses it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiplographError } from '../errors.js';

export const EMBEDDED_USER = 'neo4j';

export interface Credentials {
  username: string;
  password: string;
}

export function passwordFilePath(home: string): string {
  return join(home, 'neo4j-password');
}

/** Creates the password file when missing (32 random bytes, base64url); tightens a looser mode to 0600. */
export function ensurePasswordFile(home: string): string {
  const path = passwordFilePath(home);
  if (!existsSync(path)) {
    // 'wx': two commands starting at once must not overwrite each other's password.
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return path;
}

/** The embedded server's credentials, for the driver; a clear error when the file is missing. */
export function embeddedCredentials(home: string): Credentials {
  const path = passwordFilePath(home);
  if (!existsSync(path)) {
    throw new DiplographError(
      'NEO4J_UNAVAILABLE',
      `the embedded Neo4j's password file ${path} is missing; stop the server (\`diplograph db stop\`) and start it again to create one`,
    );
  }
  return { username: EMBEDDED_USER, password: readFileSync(path, 'utf8').trim() };
}
