// Validates Teams manifest and localization files against Microsoft's official JSON schemas as
// shipped in the npm package @microsoft/app-manifest. The schema is picked from the file's "$schema"
// URL and read from the package, never fetched.
// - manifest.json: with the package's own validator, AppManifestUtils.validateAgainstSchema (ajv
//   draft-04 + formats), as the Teams/M365 Agents Toolkit does.
// - localization files: that validator cannot compile the official Localization schema (one of its
//   patterns, `\b]`, is not a valid regular expression in ajv's default unicode mode), so they go
//   through the same ajv build the package depends on, set up the same way, with unicodeRegExp off:
//   draft-04 patterns are plain ECMA-262 expressions.
//
//   node tooling/manifest/validate.mjs [--report <out.json>] <file.json>...
//   prints (and writes) { "<file>": [errors] } and exits 1 on any error
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTooling } from './tooling.mjs';

const SCHEMA_URL = /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

/** Returns the list of schema errors for one parsed manifest or localization file ([] when valid). */
export async function validateTeamsJson(json) {
  ensureTooling();
  const require = createRequire(import.meta.url);
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const match = SCHEMA_URL.exec(json.$schema ?? '');
  if (!match) {
    return [`"$schema" must be an official Teams schema URL (…/json-schemas/teams/v1.xx/MicrosoftTeams[.Localization].schema.json), got ${JSON.stringify(json.$schema)}`];
  }
  const schemaFile = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', match[1], match[2]);
  if (!existsSync(schemaFile)) {
    return [`@microsoft/app-manifest ships no schema ${match[1]}/${match[2]}`];
  }
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  if (match[2] === 'MicrosoftTeams.schema.json') {
    return await AppManifestUtils.validateAgainstSchema(json, schema);
  }
  const packageRequire = createRequire(require.resolve('@microsoft/app-manifest'));
  const Ajv = packageRequire('ajv-draft-04');
  const addFormats = packageRequire('ajv-formats');
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(json) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const reportIndex = args.indexOf('--report');
  const reportFile = reportIndex >= 0 ? args.splice(reportIndex, 2)[1] : undefined;
  const report = {};
  for (const file of args) {
    report[file] = await validateTeamsJson(JSON.parse(readFileSync(file, 'utf8')));
  }
  const text = JSON.stringify(report, null, 2);
  if (reportFile) writeFileSync(reportFile, text);
  console.log(text);
  process.exitCode = args.length === 0 || Object.values(report).some((errors) => errors.length > 0) ? 1 : 0;
}
