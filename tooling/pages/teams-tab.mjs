// Opens a Teams tab in Debian's chromium the way Teams does: inside an iframe of a host page at
// https://teams.microsoft.com (served by this script through request interception, nothing goes out), which
// answers the Microsoft Teams JavaScript library's postMessage calls as the Teams host would: initialize,
// getContext (theme) and authentication.getAuthToken (the token given here). Other calls get an empty answer.
// Usage: node teams-tab.mjs --report out.json --token JWT [--theme dark] [--screenshot file.png] TAB_URL
// Writes { main, status, calls, external, violations }: the tab's <main> text, its status line, the host calls the
// tab made, the requests that left for another origin than the tab's and the fake host, and axe-core violations.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const report = option('--report');
const token = option('--token') ?? '';
const theme = option('--theme') ?? 'default';
const screenshot = option('--screenshot');
const tabUrl = args.at(-1);
const hostUrl = 'https://teams.microsoft.com/_ozabot-test-host';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const hostPage = `<!DOCTYPE html><html><head><title>Teams</title></head><body style="margin:0">
<iframe id="tab" title="Procesdashboard" src="${tabUrl}" style="border:0;width:360px;height:740px"></iframe>
<script>
  window.calls = [];
  const answers = {
    initialize: () => [${JSON.stringify('content')}, 'web', '2.0.0'],
    getContext: () => [{ theme: ${JSON.stringify(theme)}, locale: 'nl-nl', frameContext: 'content', hostClientType: 'web', entityId: 'procesdashboard' }],
    'authentication.getAuthToken': () => [true, ${JSON.stringify(token)}],
  };
  window.addEventListener('message', (event) => {
    const tab = document.getElementById('tab').contentWindow;
    if (event.source !== tab || !event.data || typeof event.data.id !== 'number') return;
    window.calls.push(event.data.func);
    const answer = answers[event.data.func];
    tab.postMessage({ id: event.data.id, uuidAsString: event.data.uuidAsString, args: answer ? answer() : [] }, '*');
  });
</script></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  // Teams (a public origin) frames the tab from the host's own address; on this test machine that address is
  // loopback, which Chromium's local-network protection would block for a public page.
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessForNavigations,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  const external = [];
  const tabOrigin = new URL(tabUrl).origin;
  await page.route('https://teams.microsoft.com/**', route => route.fulfill({ status: 200, contentType: 'text/html', body: hostPage }));
  page.on('requestfinished', request => {
    const origin = new URL(request.url()).origin;
    if (origin !== tabOrigin && request.url() !== hostUrl) external.push(request.url());
  });
  await page.goto(hostUrl, { waitUntil: 'load' });
  const tab = await page.waitForSelector('#tab').then(element => element.contentFrame());
  await tab.waitForLoadState('load');
  await tab.waitForFunction(() => document.getElementById('status')?.textContent === '' || /[.!]$/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 15000 });
  await tab.evaluate(axeSource);
  const axe = await tab.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  writeFileSync(report, JSON.stringify({
    main: await tab.evaluate(() => document.querySelector('main')?.innerText ?? ''),
    status: await tab.evaluate(() => document.getElementById('status')?.textContent ?? ''),
    rootClass: await tab.evaluate(() => document.documentElement.className),
    calls: await page.evaluate(() => window.calls),
    external,
    violations: axe.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`),
  }, null, 2));
} finally {
  await browser.close();
}
