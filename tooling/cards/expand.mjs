// Expands Adaptive Card templates with Microsoft's official adaptivecards-templating package.
// Usage: node expand.mjs <input.json> <output.json>
// input:  [{ "name": "...", "template": {...}, "data": {...} }]
// output: [{ "name": "...", "card": {...} | null, "warnings": [...], "error": "..." | null }]
// One invocation expands a whole batch so the C# differential tests start node once per class.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Template } = require('adaptivecards-templating');

const [inputPath, outputPath] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(inputPath, 'utf8'));
const results = cases.map(({ name, template, data }) => {
  try {
    const compiled = new Template(template);
    const card = compiled.expand({ $root: data });
    return { name, card: card === undefined ? null : card, warnings: compiled.getLastTemplateExpansionWarnings(), error: null };
  } catch (error) {
    return { name, card: null, warnings: [], error: String(error) };
  }
});
writeFileSync(outputPath, JSON.stringify(results));
