// Parses Adaptive Cards with Microsoft's official `adaptivecards` package and reports every parse and
// validation event, plus properties the parser does not know (it silently ignores those, so a typo such
// as "wrpa" would otherwise pass unnoticed).
// Usage: node validate.mjs <input.json> <output.json>
// input:  [{ "name": "...", "card": {...} }]
// output: [{ "name": "...", "events": ["..."], "unknownProperties": ["..."], "version": "1.5" }]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { installDom } from './dom.mjs';

installDom();
const require = createRequire(import.meta.url);
// lib/ is untranspiled ESM without file extensions, so Node loads the UMD bundle instead.
const AC = require('adaptivecards/dist/adaptivecards.js');

// Teams reads `msteams` on the card root (width, entities); `$schema` is the designer's hint.
const extraCardProperties = new Set(['$schema', 'msteams', 'type', 'body', 'actions']);
// Read by the parser itself for every element and action (parseCardObject), not through the schema.
const handledByParser = new Set(['type', 'fallback']);
// Collections the parser reads by hand instead of through the property schema.
const collections = { Container: ['items'], Column: ['items'], ColumnSet: ['columns'], ActionSet: ['actions'] };
// Plain objects inside elements that have no type of their own.
const plainObjects = { FactSet: ['facts', ['title', 'value']], 'Input.ChoiceSet': ['choices', ['title', 'value']] };

function schemaNames(cardObject) {
  const schema = cardObject.getSchema();
  const names = new Set();
  for (let i = 0; i < schema.getCount(); i++) {
    names.add(schema.getItemAt(i).name);
  }
  return names;
}

function unknownKeys(cardObject, source, allowed, where, sink) {
  const known = schemaNames(cardObject);
  for (const key of collections[cardObject.getJsonTypeName()] ?? []) {
    known.add(key);
  }
  const plain = plainObjects[cardObject.getJsonTypeName()];
  if (plain && Array.isArray(source[plain[0]])) {
    for (const item of source[plain[0]]) {
      for (const key of Object.keys(item)) {
        if (!plain[1].includes(key)) {
          sink.push(`${where}: unknown property '${key}' in ${plain[0]}`);
        }
      }
    }
  }
  for (const key of Object.keys(source)) {
    if (!known.has(key) && !allowed.has(key)) {
      sink.push(`${where}: unknown property '${key}'`);
    }
  }
}

export function validateCard(json) {
  const events = [];
  const unknownProperties = [];
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const describe = (o) => `${o.getJsonTypeName()}${o.id ? '#' + o.id : ''}`;
  context.onParseElement = (element, source) => unknownKeys(element, source, handledByParser, describe(element), unknownProperties);
  context.onParseAction = (action, source) => unknownKeys(action, source, handledByParser, describe(action), unknownProperties);

  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  unknownKeys(card, json, extraCardProperties, 'AdaptiveCard', unknownProperties);

  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push(`parse ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push(`validate ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  // The parser only reads a fallback when the primary type is unknown to it, so check each one on its own.
  for (const fallback of fallbacks(json)) {
    const host = fallback.type.startsWith('Action.')
      ? { type: 'AdaptiveCard', version: json.version, body: [{ type: 'ActionSet', actions: [fallback] }] }
      : { type: 'AdaptiveCard', version: json.version, body: [fallback] };
    const checked = validateCard(host);
    events.push(...checked.events.map((e) => `fallback ${fallback.type}: ${e}`));
    unknownProperties.push(...checked.unknownProperties.map((e) => `fallback ${fallback.type}: ${e}`));
  }

  return { events, unknownProperties, version: card.version ? card.version.toString() : null };
}

function* fallbacks(node) {
  if (Array.isArray(node)) {
    for (const item of node) {
      yield* fallbacks(item);
    }
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'fallback' && value && typeof value === 'object') {
        yield value;
      }
      yield* fallbacks(value);
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [inputPath, outputPath] = process.argv.slice(2);
  const cases = JSON.parse(readFileSync(inputPath, 'utf8'));
  const results = cases.map(({ name, card }) => {
    try {
      return { name, ...validateCard(card) };
    } catch (error) {
      return { name, events: ['exception: ' + String(error)], unknownProperties: [], version: null };
    }
  });
  writeFileSync(outputPath, JSON.stringify(results));
}
