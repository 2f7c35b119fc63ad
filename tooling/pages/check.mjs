// Checks public pages as a phone shows them, in light and in dark mode, with Debian's chromium:
// axe-core (WCAG 2.1 A/AA) violations, whether the page is wider than a 360 px phone (sideways scrolling,
// or no mobile viewport), and every request to another origin.
// Usage: node check.mjs --report out.json [--authorization "Bearer …"] [--screenshots DIR] URL...
// Writes { url: { light|dark: { violations, overflow, external } } }; with --screenshots, DIR/<last path segment>-<light|dark>.png
// of the whole page; with --authorization, every request carries that Authorization header. With --enforce-csp the
// page's Content-Security-Policy is enforced (as a browser does) and "external" lists only the requests to another
// origin that actually left the browser; otherwise the policy is bypassed and every attempt is listed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const options = ['--report', '--authorization', '--screenshots'];
const enforceCsp = args.includes('--enforce-csp');
const option = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const report = option('--report');
const authorization = option('--authorization');
const screenshots = option('--screenshots');
const urls = args.filter((a, i) => a !== '--enforce-csp' && !options.includes(a) && !options.includes(args[i - 1]));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const phone = { width: 360, height: 740 };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const results = {};
try {
  for (const url of urls) {
    results[url] = {};
    for (const colorScheme of ['light', 'dark']) {
      // bypassCSP: the page allows no script at all, so axe is injected past its Content-Security-Policy.
      const extraHTTPHeaders = authorization ? { Authorization: authorization } : {};
      const context = await browser.newContext({ viewport: phone, isMobile: true, colorScheme, bypassCSP: !enforceCsp, extraHTTPHeaders });
      const page = await context.newPage();
      const external = [];
      const isExternal = request => new URL(request.url()).origin !== new URL(url).origin;
      if (enforceCsp) {
        // A request the policy blocks never leaves the browser: count only those that got a response.
        page.on('requestfinished', request => { if (isExternal(request)) external.push(request.url()); });
        page.on('requestfailed', request => { if (isExternal(request) && !/ERR_BLOCKED_BY_CSP|csp/i.test(request.failure()?.errorText ?? '')) external.push(request.url()); });
      } else {
        page.on('request', request => { if (isExternal(request)) external.push(request.url()); });
      }
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const axe = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth) > phone.width;
      if (screenshots) {
        const name = new URL(url).pathname.split('/').filter(Boolean).pop();
        await page.screenshot({ path: `${screenshots}/${name}-${colorScheme}.png`, fullPage: true });
      }
      results[url][colorScheme] = {
        violations: axe.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`),
        overflow,
        external,
      };
      await context.close();
    }
  }
} finally {
  await browser.close();
}
writeFileSync(report, JSON.stringify(results, null, 2));
