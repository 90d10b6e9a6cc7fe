// Drives the HTML explorer (newsgraph render --to html) in Debian's headless Chromium
// through puppeteer-core, as a reader would: search a name, click the person, read the
// timeline. Never downloads a browser: CHROMIUM (default: `chromium` on PATH) is used.
//   node explorer_client.mjs PAGE.html [--screenshot OUT.png] [--timings]
//   node explorer_client.mjs PAGE.html --measure
//       for any graph (bench/explorer.sh): prints the time to a ready page, and the time
//       from typing the most connected entity's name to its timeline
// Checks, in order (exit 1 with a message on the first failure):
//   - the page loads from file:// and asks for nothing else (every other request fails
//     the test), and its script runs without an error;
//   - typing "Putin" lists Vladimir Putin first; clicking him shows his timeline, which
//     lists the 2026-01-22 meeting in Moscow with Witkoff and Kushner, with its evidence
//     sentence, its source (the seed article) and its date basis;
//   - clicking Putin's node in the diagram shows the same timeline; wheel zoom changes
//     the diagram's viewBox;
//   - a date range after every event empties the timeline and hides every diagram edge.
// With --screenshot the page (Putin selected) is saved as a PNG; with --timings the load
// time is printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

const args = process.argv.slice(2);
const page_path = args[0];
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args[shotAt + 1] : null;
const timings = args.includes('--timings');
if (!page_path) {
  console.error('usage: node explorer_client.mjs PAGE.html [--screenshot OUT.png] [--timings]');
  process.exit(2);
}
let chromium = process.env.CHROMIUM;
if (!chromium) {
  try {
    chromium = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    console.error('FAIL: no chromium on PATH: run scripts/install.sh --test');
    process.exit(1);
  }
}

const profile = mkdtempSync(join(tmpdir(), 'ng-chromium-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const errors = [], outside = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith('file:') || r.url().startsWith('data:')) r.continue();
    else { outside.push(r.url()); r.abort(); }
  });
  const url = pathToFileURL(resolve(page_path)).href;
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  const loadMs = Date.now() - t0;
  if (outside.length) fail(`the page asked for ${outside.length} non-file resources: ${outside.slice(0, 3).join(', ')}`);
  if (errors.length) fail(`script errors: ${errors.join('; ')}`);
  console.log(`ok page loads from file:// with no other request, no script error (${loadMs} ms)`);
  if (args.includes('--measure')) {
    const name = await page.evaluate(() => {
      const d = JSON.parse(document.getElementById('ng-data').textContent);
      return d.entities.reduce((a, b) => (b.d > a.d ? b : a)).n;
    });
    const t1 = Date.now();
    await page.type('#ng-search', name);
    await page.waitForSelector('#ng-results .ng-result');
    await page.click('#ng-results .ng-result');
    await page.waitForSelector('#ng-timeline li.ng-event');
    const rowsShown = await page.$$eval('#ng-timeline li.ng-event', (l) => l.length);
    console.log(`measure: ready ${loadMs} ms; search "${name}" and click to timeline (${rowsShown} rows shown) ${Date.now() - t1} ms`);
    throw new Error('measured');
  }

  // Search and click.
  await page.type('#ng-search', 'Putin');
  await page.waitForSelector('#ng-results .ng-result');
  const first = await page.$eval('#ng-results .ng-result', (b) => ({ key: b.dataset.key, text: b.textContent }));
  if (!first.text.startsWith('Vladimir Putin')) fail(`the first result for "Putin" is "${first.text}"`);
  await page.click('#ng-results .ng-result');
  await page.waitForSelector('#ng-timeline li.ng-event');
  const rows = async () => page.$$eval('#ng-timeline li.ng-event', (lis) => lis.map((li) => ({
    date: li.dataset.date, kind: li.dataset.kind, basis: li.dataset.basis,
    head: li.querySelector('.ng-head').textContent,
    evidence: [...li.querySelectorAll('.ng-evidence')].map((e) => e.textContent),
    source: [...li.querySelectorAll('.ng-source')].map((e) => e.textContent).join(' | '),
  })));
  const check = (list, how) => {
    const m = list.find((r) => r.date === '2026-01-22' && r.kind === 'meeting' && /Witkoff/.test(r.head) &&
                              /Kushner/.test(r.head) && /Moscow/.test(r.head));
    if (!m) fail(`${how}: no 2026-01-22 meeting in Moscow with Witkoff and Kushner among ${list.length} rows: ` +
                 JSON.stringify(list.map((r) => r.date + ' ' + r.head)).slice(0, 600));
    if (!m.evidence.length || !m.evidence.some((e) => /Putin/.test(e) && e.length > 20))
      fail(`${how}: the meeting shows no evidence sentence naming Putin: ${JSON.stringify(m.evidence)}`);
    if (!/000-seed-ukraine-talks/.test(m.source)) fail(`${how}: the source is not the seed article: ${m.source}`);
    if (!m.basis || !/date 2026-01-22 \(/.test(m.source)) fail(`${how}: no date basis shown: ${m.basis} / ${m.source}`);
    return m;
  };
  const m = check(await rows(), 'search and click');
  console.log(`ok search "Putin", click: the timeline lists the 2026-01-22 Moscow meeting with Witkoff and Kushner ` +
              `(date basis ${m.basis}), evidence "${m.evidence[0].slice(0, 60)}...", source ${m.source.slice(0, 80)}`);
  if (screenshot) {
    await page.evaluate(() => {
      const li = [...document.querySelectorAll('#ng-timeline li.ng-event')].find((l) => l.dataset.date === '2026-01-22' &&
                                                                                 l.dataset.kind === 'meeting');
      li.scrollIntoView({ block: 'center' });
      li.style.background = '#fff8e1';
    });
    await page.screenshot({ path: screenshot });
    console.log(`ok screenshot ${screenshot}`);
  }

  // The diagram: click Putin's node; zoom.
  await page.click('#ng-search', { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.evaluate(() => { document.getElementById('ng-panel').textContent = ''; });
  const node = await page.evaluateHandle((key) => {
    for (const g of document.querySelectorAll('#ng-diagram g.node'))
      if (g.querySelector('title')?.textContent === key) return g.querySelector('ellipse, polygon, text');
    return null;
  }, first.key);
  if (!(await node.evaluate((n) => n !== null))) fail(`Putin (${first.key}) is not drawn in the diagram`);
  await node.evaluate((n) => n.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForSelector('#ng-timeline li.ng-event');
  check(await rows(), 'click on the diagram');
  const before = await page.$eval('#ng-diagram svg', (s) => s.getAttribute('viewBox'));
  const box = await (await page.$('#ng-diagram svg')).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel({ deltaY: -300 });
  await page.waitForFunction((b) => document.querySelector('#ng-diagram svg').getAttribute('viewBox') !== b, {}, before);
  console.log('ok a click on the diagram node shows the same timeline; the wheel zooms');

  // Date filter.
  await page.type('#ng-from', '2099');
  await page.waitForFunction(() => document.querySelectorAll('#ng-timeline li.ng-event').length === 0);
  const shown = await page.$$eval('#ng-diagram g.edge', (es) => es.filter((e) => !e.classList.contains('ng-hidden') &&
                                                                                     !/legend/.test(e.querySelector('title').textContent)).length);
  if (shown !== 0) fail(`a range after every event leaves ${shown} diagram edges shown`);
  console.log('ok a date range after every event empties the timeline and hides every edge');
  if (timings) console.log(`load ${loadMs} ms`);
} catch (e) {
  if (e.message === 'measured') {
    // done
  } else if (!process.exitCode) {
    console.error(`FAIL: ${e.message ?? e}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
