// Browser tests of the figures explorer, in Debian's Chromium driven by playwright-core.
//
//   cd tests/browser && npm ci && node --test test.mjs
//
// Needs /usr/bin/chromium (or $CHROMIUM) and the CLI built with the `html` feature
// (`cargo build --features cli,html`; $VAC_FIGURES_BIN overrides where it is). Opens
// site/index.html by file:// URL and checks: every figure is listed; search and filters narrow
// the list to the right figures, combine, and survive a reload through the URL; an anchor
// scrolls to its figure; nothing is fetched from the network; axe-core finds no WCAG 2 A/AA
// violation; the tab order reaches the search box, every filter and every copy button; the
// page is complete without JavaScript; and a page built from an edited dataset shows the edit,
// escaped. Screenshots at phone (390x844) and desktop (1280x900) widths are written to
// target/browser-screenshots/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR
  ? path.resolve(root, process.env.CARGO_TARGET_DIR)
  : path.join(root, 'target');
const cli = process.env.VAC_FIGURES_BIN || path.join(targetDir, 'debug', 'vac-figures');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.join(targetDir, 'browser-screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const siteUrl = pathToFileURL(path.join(root, 'site', 'index.html')).href;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

// The expected answers come from the committed data, not from the page.
const figures = JSON.parse(readFileSync(path.join(root, 'datasets', 'figures.json'), 'utf8'));
const reviews = JSON.parse(readFileSync(path.join(root, 'datasets', 'reviews.json'), 'utf8'));
const allIds = figures.map((f) => f.id);
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const searchHits = (q) => {
  const words = fold(q).split(/\s+/).filter(Boolean);
  return figures
    .filter((f) => words.every((w) => fold([f.as_written, f.measure, f.quote].join(' ')).includes(w)))
    .map((f) => f.id);
};
const reviewOf = (id) => {
  const r = reviews.find((rev) => rev.figures.includes(id));
  return r ? r.status : 'not_reviewed';
};

let browser;
const offNetwork = []; // every request that is not file: or data:, over all tests
const pageErrors = [];

before(async () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}`);
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  if (browser) {
    await browser.close();
  }
});

/** A fresh context and page at `viewport`, recording (and refusing) any network request. */
async function open(url, { viewport = DESKTOP, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:')) {
      return route.continue();
    }
    offNetwork.push(u);
    return route.abort();
  });
  context.on('request', (request) => {
    const u = request.url();
    if (!u.startsWith('file:') && !u.startsWith('data:')) {
      offNetwork.push(u);
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${url}: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      pageErrors.push(`${url}: console: ${msg.text()}`);
    }
  });
  await page.goto(url);
  return { context, page };
}

/** The ids of the figures shown, in page order. */
function shownIds(page) {
  return page.$$eval('#figure-list > li.figure', (items) =>
    items.filter((li) => !li.hidden && li.offsetParent !== null).map((li) => li.id));
}

async function matchCount(page) {
  return (await page.textContent('#match-count')).trim();
}

test('every figure is listed, with its anchor, quote, citation and review', async () => {
  const { context, page } = await open(siteUrl);
  assert.deepEqual(await shownIds(page), allIds);
  assert.equal(await matchCount(page), `All ${allIds.length} figures, in report order.`);
  for (const f of figures.slice(0, 5)) {
    const entry = page.locator(`[id="${f.id}"]`);
    assert.equal(await entry.locator('.as-written').textContent(), f.as_written);
    assert.equal(await entry.locator('.measure').textContent(), f.measure);
    assert.equal(await entry.locator('mark').textContent(), f.as_written);
    assert.equal((await entry.locator('.quote').textContent()).trim(), `“${f.quote}”`);
    assert.equal(await entry.getAttribute('data-review'), reviewOf(f.id));
  }
  assert.equal(await page.locator('#footnote-table tbody tr, .footnote-table tbody tr').count(), 64);
  await page.screenshot({ path: path.join(shots, 'desktop-top.png') });
  await context.close();
});

test('without JavaScript every figure, footnote, source and citation is on the page', async () => {
  const { context, page } = await open(siteUrl, { javaScriptEnabled: false });
  assert.deepEqual(await shownIds(page), allIds);
  assert.equal(await page.locator('.citation:visible').count() >= allIds.length, true);
  assert.equal(await page.locator('.footnote-table tbody tr:visible').count(), 64);
  assert.equal(await page.locator('.source-table tbody tr:visible').count(), 57);
  // The controls that need the script are not shown without it.
  assert.equal(await page.locator('#finder-section').isVisible(), false);
  assert.equal(await page.locator('button.copy:visible').count(), 0);
  await context.close();
});

test('a search narrows the list to the right figures and survives a reload', async () => {
  const { context, page } = await open(siteUrl);
  await page.fill('#q', 'poverty');
  const expected = searchHits('poverty');
  assert.ok(expected.length > 0 && expected.length < allIds.length);
  assert.deepEqual(await shownIds(page), expected);
  assert.equal(await matchCount(page), `${expected.length} of ${allIds.length} figures ${expected.length === 1 ? 'matches' : 'match'}.`);
  assert.match(page.url(), /\?q=poverty$/);
  await page.reload();
  assert.equal(await page.inputValue('#q'), 'poverty');
  assert.deepEqual(await shownIds(page), expected);
  // Several words: all must appear, in any order, without regard to case.
  await page.fill('#q', 'CHILDREN conflict');
  assert.deepEqual(await shownIds(page), searchHits('children conflict'));
  await context.close();
});

test('filters narrow the list, combine with each other and the search, and survive a reload', async () => {
  const { context, page } = await open(siteUrl, { viewport: PHONE });
  const trafficking = figures.filter((f) => f.topics.includes('trafficking')).map((f) => f.id);
  await page.selectOption('#filter-topic', 'trafficking');
  assert.deepEqual(await shownIds(page), trafficking);
  const statistics = figures
    .filter((f) => f.topics.includes('trafficking') && f.kind === 'statistic')
    .map((f) => f.id);
  await page.selectOption('#filter-kind', 'statistic');
  assert.deepEqual(await shownIds(page), statistics);
  await page.selectOption('#filter-kind', '');
  await page.selectOption('#filter-review', 'confirmed');
  const confirmed = trafficking.filter((id) => reviewOf(id) === 'confirmed');
  assert.ok(confirmed.length > 0);
  assert.deepEqual(await shownIds(page), confirmed);
  await page.selectOption('#filter-review', '');
  await page.selectOption('#filter-geography', 'sub-Saharan Africa');
  const africa = figures
    .filter((f) => f.topics.includes('trafficking') && f.geography === 'sub-Saharan Africa')
    .map((f) => f.id);
  assert.ok(africa.length > 0);
  assert.deepEqual(await shownIds(page), africa);
  await page.selectOption('#filter-geography', '');
  await page.selectOption('#filter-sourcing', 'footnote_only');
  const footnoteOnly = figures
    .filter((f) => f.topics.includes('trafficking') && f.footnotes.length > 0 && !f.attribution)
    .map((f) => f.id);
  assert.deepEqual(await shownIds(page), footnoteOnly);
  await page.selectOption('#filter-sourcing', '');
  await page.fill('#q', 'girls');
  const girls = searchHits('girls').filter((id) => trafficking.includes(id));
  assert.ok(girls.length > 0);
  assert.deepEqual(await shownIds(page), girls);
  assert.match(page.url(), /\?q=girls&topic=trafficking$/);
  await page.screenshot({ path: path.join(shots, 'phone-filtered.png') });
  await page.reload();
  assert.equal(await page.inputValue('#filter-topic'), 'trafficking');
  assert.equal(await page.inputValue('#q'), 'girls');
  assert.deepEqual(await shownIds(page), girls);
  // Clearing restores every figure and the plain URL.
  await page.click('#reset');
  assert.deepEqual(await shownIds(page), allIds);
  assert.ok(!page.url().includes('?'));
  await context.close();
});

test('a shared URL opens the filtered view it names, from file:// too', async () => {
  const { context, page } = await open(`${siteUrl}?topic=trafficking&q=poverty`);
  const expected = searchHits('poverty').filter((id) =>
    figures.find((f) => f.id === id).topics.includes('trafficking'));
  assert.deepEqual(await shownIds(page), expected);
  assert.equal(await page.locator('#no-match').isVisible(), expected.length === 0);
  await page.goto(`${siteUrl}?topic=forced_labour`);
  const forced = figures.filter((f) => f.topics.includes('forced_labour')).map((f) => f.id);
  assert.deepEqual(await shownIds(page), forced);
  await page.screenshot({ path: path.join(shots, 'desktop-forced-labour.png') });
  await page.goto(`${siteUrl}?topic=trafficking&q=children`);
  await page.screenshot({ path: path.join(shots, 'desktop-trafficking.png') });
  // An unknown value is ignored rather than hiding everything.
  await page.goto(`${siteUrl}?kind=no_such_kind`);
  assert.deepEqual(await shownIds(page), allIds);
  await context.close();
});

test('an anchor scrolls to its figure, even one outside the filter', async () => {
  const id = 'children_in_conflict_areas';
  for (const url of [`${siteUrl}#${id}`, `${siteUrl}?topic=climate#${id}`]) {
    const { context, page } = await open(url, { viewport: PHONE });
    const box = await page.locator(`[id="${id}"]`).boundingBox();
    assert.ok(box, `${url}: the figure is shown`);
    assert.ok(await page.evaluate(() => window.scrollY) > 0, `${url}: the page scrolled`);
    assert.ok(box.y >= -1 && box.y < PHONE.height / 2, `${url}: the figure is at the top (y = ${box.y})`);
    // Outside the filter it is shown all the same, marked as shown for the link.
    assert.equal(await page.locator(`[id="${id}"].linked`).count(), url.includes('?') ? 1 : 0);
    await page.screenshot({ path: path.join(shots, url.includes('?') ? 'phone-anchor-filtered.png' : 'phone-anchor.png') });
    await context.close();
  }
  // Footnotes and sources have anchors too.
  const { context, page } = await open(`${siteUrl}#footnote-27`);
  assert.ok(await page.evaluate(() => window.scrollY) > 0);
  await page.screenshot({ path: path.join(shots, 'desktop-footnote.png') });
  await page.goto(`${siteUrl}#source-glotip_2024`);
  assert.ok(await page.locator('[id="source-glotip_2024"]').isVisible());
  await context.close();
});

test('the copy buttons copy the citation line and the BibTeX', async () => {
  const { context, page } = await open(siteUrl);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = page.locator('[id="children_share_of_detected_victims"]');
  const citation = (await entry.locator('.citation').textContent()).trim();
  await entry.locator('button.copy', { hasText: 'Copy citation' }).click();
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.length > 0);
  assert.equal(await page.textContent('#copy-status'), 'Copied the citation.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
  await entry.locator('button.copy', { hasText: 'Copy BibTeX' }).click();
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.includes('BibTeX'));
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(bib, `${(await page.textContent('#bibtex-glotip_2024')).trim()}\n`);
  assert.match(bib, /^@book\{glotip_2024,/);
  // A figure cited as the report's own copies the report's entry.
  const own = page.locator('[id="ministerial_conference_countries"]');
  await page.evaluate(() => { document.getElementById('copy-status').textContent = ''; });
  await own.locator('button.copy', { hasText: 'Copy BibTeX' }).click();
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.includes('BibTeX'));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^@techreport\{a_hrc_58_19,/);
  await context.close();
});

test('the tab order reaches the search box, every filter and every copy button, in page order', async () => {
  const { context, page } = await open(siteUrl);
  // Every element that can take focus gets a probe number; ids name the controls.
  await page.$$eval('a[href], button, input, select, textarea, summary, [tabindex]', (els) =>
    els.forEach((el, i) => { el.dataset.tabProbe = String(i); }));
  const expectedButtons = await page.$$eval('button.copy', (bs) => bs.map((b) => `copy:${b.dataset.tabProbe}`));
  const seen = [];
  for (let i = 0; i < 5000; i++) {
    await page.keyboard.press('Tab');
    const what = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.dataset.tabProbe === undefined) {
        return null;
      }
      if (el.matches('button.copy')) {
        return `copy:${el.dataset.tabProbe}`;
      }
      return el.id ? `#${el.id}` : `${el.tagName}:${el.dataset.tabProbe}`;
    });
    if (what === null || seen.includes(what)) {
      break;
    }
    seen.push(what);
  }
  const at = (key) => seen.indexOf(key);
  assert.equal(seen[0], 'A:0', 'the skip link comes first');
  assert.ok(at('#q') > 0, 'the search box is reached');
  const filters = ['#filter-topic', '#filter-kind', '#filter-geography', '#filter-sourcing', '#filter-review'];
  let last = at('#q');
  for (const f of filters) {
    assert.ok(at(f) > last, `${f} is reached after the search box and the filters before it`);
    last = at(f);
  }
  assert.ok(at('#reset') > last);
  const copies = seen.filter((s) => s.startsWith('copy:'));
  assert.equal(expectedButtons.length, 2 * allIds.length, 'a citation and a BibTeX button per figure');
  assert.deepEqual(copies, expectedButtons, 'every copy button, in page order');
  assert.ok(at(expectedButtons[0]) > at('#reset'), 'the copy buttons come after the search and filters');
  console.log(`# tab order: ${seen.length} stops, ${copies.length} copy buttons`);
  await context.close();
});

test('axe-core finds no WCAG 2 A/AA violation, at desktop and phone widths, filtered or not', async () => {
  const runs = [
    [siteUrl, DESKTOP],
    [siteUrl, PHONE],
    [`${siteUrl}?topic=trafficking&q=children`, DESKTOP],
    [`${siteUrl}?q=nothing-matches-this`, PHONE],
  ];
  for (const [url, viewport] of runs) {
    const { context, page } = await open(url, { viewport });
    await page.addScriptTag({ path: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    }));
    const report = result.violations.map((v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
    assert.deepEqual(report, [], `${url} at ${viewport.width}px`);
    await context.close();
  }
});

test('the page fits a phone without scrolling sideways, and prints without its controls', async () => {
  const { context, page } = await open(siteUrl, { viewport: PHONE });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await page.screenshot({ path: path.join(shots, 'phone-top.png') });
  await page.locator('#charts-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'phone-charts.png') });
  await page.locator('#sources-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'phone-sources.png') });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#finder-section').isVisible(), false);
  assert.equal(await page.locator('button.copy').first().isVisible(), false);
  assert.deepEqual(await shownIds(page), allIds);
  await context.close();
  const desk = await open(siteUrl);
  await desk.page.locator('#charts-heading').scrollIntoViewIfNeeded();
  await desk.page.screenshot({ path: path.join(shots, 'desktop-charts.png') });
  await desk.page.locator('#sources-heading').scrollIntoViewIfNeeded();
  await desk.page.screenshot({ path: path.join(shots, 'desktop-sources.png') });
  await desk.context.close();
});

// A minimal RFC 4180 reader and writer, to edit figures.csv as a spreadsheet would.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function writeCsv(rows) {
  const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

test('a page built from an edited dataset shows the edit, escaped', async () => {
  assert.ok(existsSync(cli), `no CLI at ${cli}: run cargo build --features cli,html`);
  const dir = mkdtempSync(path.join(tmpdir(), 'vac-figures-browser-'));
  try {
    const data = path.join(dir, 'data');
    const site = path.join(dir, 'site');
    execFileSync(cli, ['export', '--format', 'csv', '--out', data]);
    const rows = parseCsv(readFileSync(path.join(data, 'figures.csv'), 'utf8'));
    const [header] = rows;
    const id = 'children_in_conflict_areas';
    const edit = '<b>&"x"</b>';
    const row = rows.find((r) => r[0] === id);
    row[header.indexOf('measure')] = edit;
    writeFileSync(path.join(data, 'figures.csv'), writeCsv(rows));
    execFileSync(cli, ['--data', data, 'export', '--format', 'html', '--out', site]);
    const { context, page } = await open(pathToFileURL(path.join(site, 'index.html')).href);
    const measure = page.locator(`[id="${id}"] .measure`);
    assert.equal(await measure.textContent(), edit);
    assert.equal(await measure.locator('b').count(), 0, 'the edit is text, not markup');
    assert.match(await page.textContent('#data-version'), /^not /);
    // Its data links point at the files written beside it.
    const href = await page.getAttribute('a[href$="figures.csv"]', 'href');
    assert.equal(href, './figures.csv');
    assert.ok(existsSync(path.join(site, 'figures.csv')));
    await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'desktop-edited.png') });
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing was fetched from the network and no script error occurred', () => {
  assert.deepEqual(offNetwork, []);
  assert.deepEqual(pageErrors, []);
});
