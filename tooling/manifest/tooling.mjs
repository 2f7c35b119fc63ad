// Installs tooling/'s npm packages on a fresh machine (same lock file the tests use), so the manifest
// build needs nothing but Node and npm.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const toolingDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(toolingDir, '..');

export function ensureTooling() {
  if (existsSync(path.join(toolingDir, 'node_modules', '@microsoft', 'app-manifest', 'package.json'))) return;
  console.error('Installing npm packages in tooling/ (first run) …');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: toolingDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci in tooling/ failed');
}
