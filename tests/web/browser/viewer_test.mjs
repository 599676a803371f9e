// Browser tests of the viewer: Debian's Chromium driven by playwright-core against the real
// `faultline serve` on a free loopback port. Visits every page, checks what a user would see
// (a snippet and its link, charts with data, the model's metrics, the pull-request form's
// answer), that naughty names render as text and never run, and that pages do not shift
// once loaded; saves a screenshot of each page under --out.
//
//   node viewer_test.mjs --faultline BIN --make-db BIN --blns blns.json --out DIR
//
// The database is made by buildDatabase(), the one step that will move to the real CLI
// (faultline scan + incidents import + train) once those commands land.
import assert from 'node:assert/strict';
import {spawn, execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
for (const required of ['faultline', 'make-db', 'out']) {
  if (!args[required]) throw new Error(`missing --${required}`);
}
const XSS_NAME = '<img src=x onerror="window.__xss=1">';

// The one step that makes the test organisation's database.
function buildDatabase(dir) {
  const db = path.join(dir, 'viewer.db');
  const naughty = [XSS_NAME, '<script>window.__xss=2</script>', 'Ω≈ç√∫ 田中さん 🐍'];
  if (args.blns) naughty.push(...JSON.parse(fs.readFileSync(args.blns, 'utf8')).slice(90, 110));
  const naughtyFile = path.join(dir, 'naughty.json');
  fs.writeFileSync(naughtyFile, JSON.stringify(naughty));
  execFileSync(args['make-db'], [db, '--naughty', naughtyFile], {stdio: 'inherit'});
  return db;
}

// Starts `faultline serve --port 0` and resolves with its URL once it prints the line.
function startServer(db) {
  const child = spawn(args.faultline, ['serve', '--db', db, '--port', '0'], {stdio: ['ignore', 'pipe', 'inherit']});
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`faultline serve printed no address: ${out}`)), 20000);
    child.on('exit', (code) => reject(new Error(`faultline serve exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({url: match[1], child});
      }
    });
  });
}

const results = [];
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({name, ok: true});
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({name, ok: false});
    console.log(`FAIL  ${name}\n${error.stack || error}`);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-browser-'));
fs.mkdirSync(args.out, {recursive: true});
const db = buildDatabase(work);
const server = await startServer(db);
const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'],
  viewport: {width: 1366, height: 900},
});
const page = context.pages()[0] || await context.newPage();
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
await page.addInitScript(() => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
});

let visits = 0;
async function visit(hash) {
  // A fresh document each time (the query differs), so layout shifts are measured per page.
  await page.goto(`${server.url}/?visit=${++visits}${hash}`);
  await page.waitForSelector('.page[data-ready="true"]', {timeout: 15000});
}
async function shot(name) {
  await page.screenshot({path: path.join(args.out, `${name}.png`), fullPage: true});
}
async function chartData(selector) {
  return page.$eval(selector, (canvas) => {
    const chart = Chart.getChart(canvas);
    return chart ? chart.data.datasets.map((d) => ({label: d.label, points: d.data.length})) : null;
  });
}

try {
  await check('overview lists services with rate, prediction and trend', async () => {
    await visit('#/');
    const row = page.locator('table.services tbody tr', {hasText: 'payments'});
    await assert.doesNotReject(row.first().waitFor());
    const cells = await row.first().locator('td').allTextContents();
    assert.equal(cells[0], 'payments');
    assert.equal(cells[2], '25');
    assert.match(cells[4], /^\d+\.\d+$/, `predicted per day: ${cells[4]}`);
    assert.match(cells[7], /rising/);
    await shot('overview');
  });

  await check('naughty service names render as text and never run', async () => {
    await visit('#/?sort=name');
    const names = await page.locator('a.service-name').allTextContents();
    assert.ok(names.includes(XSS_NAME), `names: ${names.slice(0, 5)}`);
    assert.ok(names.includes('Ω≈ç√∫ 田中さん 🐍'));
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.locator('a.service-name', {hasText: XSS_NAME}).first().click();
    await page.waitForSelector('.page[data-ready="true"]');
    assert.equal(await page.locator('h1.service-title').textContent(), XSS_NAME);
    assert.equal(await page.locator('td.incident-title').first().textContent(), XSS_NAME);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot('naughty-service');
  });

  await check('concepts page lists concepts', async () => {
    await visit('#/concepts');
    const titles = await page.locator('.concept-card h2').allTextContents();
    assert.ok(titles.length >= 2, `concepts: ${titles}`);
    await shot('concepts');
  });

  await check('best examples show a highlighted snippet, signals, owner and a code link', async () => {
    await visit('#/concept/logging');
    const first = page.locator('article.example').first();
    assert.equal(await first.locator('.region').textContent(), 'PaymentService.charge');
    const code = await first.locator('pre.snippet').textContent();
    assert.match(code, /log\.info\("charged", kv\("order", id\)/);
    assert.ok(await first.locator('pre.snippet .tok-str').count() > 0, 'strings are highlighted');
    assert.equal(await first.locator('pre.snippet .row.marked').count(), 2, 'the two signal lines are marked');
    const link = first.locator('.location a');
    assert.match(await link.getAttribute('href'),
      /^https:\/\/git\.example\.com\/acme\/payments\/blob\/01[0-9a-f]{38}\/src\/main\/java\/acme\/PaymentService\.java#L5-L9$/);
    assert.deepEqual(await first.locator('.signal').allTextContents(), ['+structured-fields line 6', '+throwable-argument line 8']);
    assert.match(await first.locator('.record').textContent(), /Owned by payments: 25 incidents/);
    const markup = page.locator('article.example', {hasText: 'search.js'});
    assert.match(await markup.locator('pre.snippet').textContent(), /<script>window\.__xss = 1<\/script>/);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot('concept-best');
  });

  await check('worst examples come first on the worst tab', async () => {
    await page.locator('.tabs a', {hasText: 'Worst'}).click();
    await page.waitForFunction(() => location.hash.includes('order=worst') && document.querySelector('.page[data-ready="true"]'));
    assert.equal(await page.locator('article.example .region').first().textContent(), 'PaymentService.refund');
    await shot('concept-worst');
  });

  await check('service page charts concept scores with incidents overlaid', async () => {
    await visit('#/service/payments');
    const density = await chartData('#density-chart');
    assert.ok(density, 'a chart is drawn on the density canvas');
    assert.deepEqual(density.find((d) => d.label === 'logging'), {label: 'logging', points: 20});
    assert.deepEqual(density.find((d) => d.label === 'incidents'), {label: 'incidents', points: 25});
    const quality = await chartData('#quality-chart');
    assert.equal(quality.find((d) => d.label === 'logging').points, 20);
    await shot('service');
  });

  await check('model page shows metrics against the baseline, coefficients and predicted vs actual', async () => {
    await visit('#/model');
    const rows = await page.locator('table.metrics tbody tr').allTextContents();
    assert.match(rows[0], /^Incident rate/);
    assert.match(rows[0], /\d\.\d+/);
    const coefficients = await chartData('canvas.coef-chart[data-target="rate"]');
    assert.ok(coefficients[0].points > 2, `coefficient bars: ${JSON.stringify(coefficients)}`);
    const predicted = await chartData('#predicted-actual-chart');
    assert.ok(predicted[0].points > 10, `predicted vs actual points: ${JSON.stringify(predicted)}`);
    await shot('model');
  });

  await check('pull-request form answers with a prediction (or says predict is not built yet)', async () => {
    await visit('#/predict');
    await page.fill('input[name=repo]', 'payments');
    await page.fill('input[name=base]', 'main~3');
    await page.fill('input[name=head]', 'main');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('repo=payments') && document.querySelector('.page[data-ready="true"]'));
    const answer = await page.locator('.prediction').textContent();
    const pending = /Prediction is not available yet/.test(answer);
    if (pending) console.log('      note: /api/predict answers 501 until the predict pipeline is wired into serve');
    else assert.match(answer, /incident rate/);
    await shot('predict');
  });

  await check('pages do not shift once loaded and log no errors', async () => {
    for (const hash of ['#/', '#/concepts', '#/concept/logging', '#/service/payments', '#/model']) {
      await visit(hash);
      await page.waitForTimeout(200);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.1, `${hash}: cumulative layout shift ${shift}`);
    }
    // The browser logs the pull-request page's 501 while predict is not wired in; nothing else.
    assert.deepEqual(problems.filter((p) => !/status of 501/.test(p)), []);
  });
} finally {
  await context.close();
  server.child.kill('SIGTERM');
  fs.rmSync(work, {recursive: true, force: true});
}

const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} browser checks passed; screenshots in ${args.out}`);
process.exit(failed.length ? 1 : 0);
