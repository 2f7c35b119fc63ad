// Builds the Teams app package: manifest/build/ozabot-<env>.zip.
//
//   node tooling/manifest/build.mjs [--env <azd env>] [--var NAME=VALUE]... [--manifest-dir <dir>] [--out <dir>]
//
// Placeholders ${{NAME}} in manifest.json and its localization files are filled in from, in order:
// --var arguments, environment variables, and the azd environment's outputs (.azure/<env>/.env, written
// by `azd up`). BOT_ID and BOT_DOMAIN are needed; TEAMS_APP_ID defaults to BOT_ID. The result is
// validated against Microsoft's official schema, the icons are checked (color 192×192, outline 32×32
// white on transparent), and the zip holds exactly manifest.json, the icons and the localization
// files, all at its root. Exits 1 with every problem listed when anything is wrong.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPng } from './png.mjs';
import { validateTeamsJson } from './validate.mjs';
import { createZip } from './zip.mjs';
import { repoRoot } from './tooling.mjs';

const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const args = parseArgs(process.argv.slice(2));
const envName = args.env ?? process.env.AZURE_ENV_NAME ?? azdDefaultEnvironment() ?? 'local';
const manifestDir = path.resolve(args.manifestDir ?? path.join(repoRoot, 'manifest'));
const outDir = path.resolve(args.out ?? path.join(manifestDir, 'build'));
const variables = { ...readDotEnv(path.join(repoRoot, '.azure', envName, '.env')), ...process.env, ...args.vars };
variables.TEAMS_APP_ID ??= variables.BOT_ID;

const problems = new Set(); // a Set: one missing variable used in several places is reported once
checkVariables(variables, problems);

const manifestText = readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8');
const manifest = JSON.parse(substitute(manifestText, 'manifest.json'));
const files = [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n') }];

for (const error of await validateTeamsJson(manifest)) problems.add(`manifest.json: ${error}`);

for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
  const text = readLocal(file);
  if (text === undefined) continue;
  const localized = JSON.parse(substitute(text.toString("utf8"), file));
  for (const error of await validateTeamsJson(localized)) problems.add(`${file}: ${error}`);
  files.push({ name: file, data: Buffer.from(JSON.stringify(localized, null, 2) + '\n') });
}

checkIcon(manifest.icons?.color, 192, false);
checkIcon(manifest.icons?.outline, 32, true);

if (problems.size > 0) {
  console.error(`The app package for "${envName}" was not built:\n- ` + [...problems].join('\n- '));
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const zipPath = path.join(outDir, `ozabot-${envName}.zip`);
writeFileSync(zipPath, createZip(files));
console.log(`Built ${path.relative(process.cwd(), zipPath) || zipPath}: ${files.map((f) => f.name).join(', ')} (bot ${variables.BOT_ID}, ${variables.BOT_DOMAIN})`);

function substitute(text, fileName) {
  return text.replace(PLACEHOLDER, (whole, name) => {
    if (variables[name] !== undefined && variables[name] !== '') return variables[name];
    problems.add(`${fileName}: no value for ${whole} (set ${name} in the environment, with --var ${name}=…, or run azd up first)`);
    return whole;
  });
}

function checkVariables(vars, list) {
  if (vars.BOT_ID && !GUID.test(vars.BOT_ID)) list.add(`BOT_ID must be a GUID (the bot's Microsoft app id), got "${vars.BOT_ID}"`);
  if (vars.TEAMS_APP_ID && !GUID.test(vars.TEAMS_APP_ID)) list.add(`TEAMS_APP_ID must be a GUID, got "${vars.TEAMS_APP_ID}"`);
  if (vars.BOT_DOMAIN && !HOST_NAME.test(vars.BOT_DOMAIN)) {
    list.add(`BOT_DOMAIN must be a bare host name such as ozabot-xyz.azurewebsites.net (no https://, no path), got "${vars.BOT_DOMAIN}"`);
  }
}

// Teams reads the package flat: every file the manifest names must sit at the zip's root.
function readLocal(file) {
  if (typeof file !== 'string' || file !== path.basename(file)) {
    problems.add(`"${file}" must be a plain file name: the Teams package has no folders`);
    return undefined;
  }
  const full = path.join(manifestDir, file);
  if (!existsSync(full)) {
    problems.add(`${file} is named in manifest.json but does not exist in ${manifestDir}`);
    return undefined;
  }
  return readFileSync(full);
}

function checkIcon(file, size, isOutline) {
  const data = readLocal(file);
  if (data === undefined) return;
  let png;
  try {
    png = readPng(data);
  } catch (error) {
    problems.add(`${file}: ${error.message}`);
    return;
  }
  if (png.width !== size || png.height !== size) problems.add(`${file} must be ${size}×${size} pixels, is ${png.width}×${png.height}`);
  if (isOutline) {
    // Teams draws the outline icon in its own colours: it must be white on a transparent background.
    let opaque = 0, transparent = 0, coloured = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const [r, g, b, a] = png.pixel(x, y);
        if (a === 0) transparent++;
        else {
          opaque++;
          if (r < 0xf0 || g < 0xf0 || b < 0xf0) coloured++;
        }
      }
    }
    if (!png.hasAlpha || transparent === 0) problems.add(`${file} must have a transparent background`);
    if (opaque === 0) problems.add(`${file} is empty (fully transparent)`);
    if (coloured > 0) problems.add(`${file} must be white only: ${coloured} visible pixels are not white`);
  }
  files.push({ name: file, data });
}

function parseArgs(argv) {
  const result = { vars: {} };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--env': result.env = value; i++; break;
      case '--manifest-dir': result.manifestDir = value; i++; break;
      case '--out': result.out = value; i++; break;
      case '--var': {
        const eq = (value ?? '').indexOf('=');
        if (eq < 1) usage(`--var needs NAME=VALUE, got "${value}"`);
        result.vars[value.slice(0, eq)] = value.slice(eq + 1);
        i++;
        break;
      }
      default: usage(`unknown argument "${argv[i]}"`);
    }
  }
  return result;
}

function usage(message) {
  console.error(`${message}\nusage: node tooling/manifest/build.mjs [--env <azd env>] [--var NAME=VALUE]... [--manifest-dir <dir>] [--out <dir>]`);
  process.exit(2);
}

// `azd env get-values` writes the same KEY="value" lines; reading the file needs no azd here.
function readDotEnv(file) {
  if (!existsSync(file)) return {};
  const values = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    values[match[1]] = match[2].replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
  }
  return values;
}

function azdDefaultEnvironment() {
  const config = path.join(repoRoot, '.azure', 'config.json');
  return existsSync(config) ? JSON.parse(readFileSync(config, 'utf8')).defaultEnvironment : undefined;
}
