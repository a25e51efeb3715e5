// node axe-check.mjs FILE.html…: runs axe-core in Debian's Chromium (/usr/bin/chromium,
// nothing downloads a browser) on each file with the WCAG 2.1 A/AA and RGAA rules and the
// best practices (landmarks, heading order); prints every violation and exits 1 if any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4', 'best-practice'];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failures = 0;
try {
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (runTags) => window.axe.run(document, { runOnly: { type: 'tag', values: runTags } }),
      tags);
    const nodes = result.violations.reduce((n, v) => n + v.nodes.length, 0);
    console.log(`${file}: ${result.passes.length} rules pass, ` +
                `${result.violations.length} rules violated (${nodes} nodes)`);
    for (const v of result.violations) {
      failures += v.nodes.length;
      console.log(`  ${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes.slice(0, 5)) {
        console.log(`    ${node.target.join(' ')}: ${node.failureSummary.split('\n').slice(1).join(' ')}`);
      }
      if (v.nodes.length > 5) {
        console.log(`    … and ${v.nodes.length - 5} more`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failures > 0 ? 1 : 0);
