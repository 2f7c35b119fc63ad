// Renders every card template with its sample data through Microsoft's official pipeline
// (adaptivecards-templating + the adaptivecards HTML renderer) in headless Debian chromium, and writes
// docs/cards/<name>.png. Never downloads a browser: install Debian's with
//   apt-get update && apt-get install -y chromium fonts-liberation
// Usage (from the repository root): node tooling/cards/render.mjs [cardName ...]
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const { Template } = require('adaptivecards-templating');

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const cardsFolder = join(root, 'cards');
const outFolder = join(root, 'docs', 'cards');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const adaptiveCardsBundle = require.resolve('adaptivecards/dist/adaptivecards.min.js');

// A light host config close to Teams (font, purple accent, card width set by the page).
const hostConfig = {
  fontFamily: "'Segoe UI', 'Liberation Sans', Arial, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#5B5FC7', subtle: '#7579EB' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
        good: { default: '#237B4B', subtle: '#237B4B' },
        warning: { default: '#835C00', subtle: '#835C00' },
      },
    },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
  inputs: { label: { requiredInputs: { weight: 'bolder', suffix: ' *' }, optionalInputs: { weight: 'bolder' } } },
  factSet: { title: { weight: 'bolder', wrap: true, maxWidth: 170 }, value: { wrap: true }, spacing: 8 },
};

const pageStyle = `
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: 'Liberation Sans', Arial, sans-serif; }
  #card { width: 520px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; background: #fff; }
  .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; background: #fff; color: #242424; padding: 5px 12px;
                   font: 600 14px 'Liberation Sans', Arial, sans-serif; cursor: pointer; }
  .ac-input { font: 14px 'Liberation Sans', Arial, sans-serif; }
  .ac-textInput, .ac-multichoiceInput { border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px; box-sizing: border-box; width: 100%; }
  .ac-textInput.ac-multiline { height: 64px; }
`;

function cardNames() {
  return readdirSync(cardsFolder)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.data.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

async function main() {
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found. Install Debian's chromium: apt-get update && apt-get install -y chromium fonts-liberation`);
  }

  mkdirSync(outFolder, { recursive: true });
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : cardNames();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 600, height: 800 }, deviceScaleFactor: 1.5 });
    // The cards link to Teams and the .ics endpoint; nothing may leave the machine while rendering.
    await page.route('**/*', (route) => (route.request().url().startsWith('http') ? route.abort() : route.continue()));
    await page.setContent(`<!DOCTYPE html><html><head><style>${pageStyle}</style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: adaptiveCardsBundle });

    for (const name of names) {
      const template = JSON.parse(readFileSync(join(cardsFolder, `${name}.json`), 'utf8'));
      const data = JSON.parse(readFileSync(join(cardsFolder, `${name}.data.json`), 'utf8'));
      const card = new Template(template).expand({ $root: data });
      const problems = await page.evaluate(({ card, hostConfig }) => {
        const adaptiveCard = new AdaptiveCards.AdaptiveCard();
        adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
        const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
        adaptiveCard.parse(card, context);
        const host = document.getElementById('card');
        host.replaceChildren(adaptiveCard.render());
        const events = [];
        for (let i = 0; i < context.eventCount; i++) {
          events.push(context.getEventAt(i).message);
        }
        return events;
      }, { card, hostConfig });
      if (problems.length > 0) {
        throw new Error(`${name}: ${problems.join('; ')}`);
      }

      const target = join(outFolder, `${name}.png`);
      await page.locator('#card').screenshot({ path: target });
      console.log(`rendered ${target}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
