// The audit's HTML report in a real headless Chromium (Debian's, driven by playwright-core):
// it renders, its charts have data, nothing from a hostile mailbox runs, and the console is clean.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const artifacts = path.join(root, 'tests/artifacts');

function report(args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'replylint-html-'));
  const file = path.join(dir, 'report.html');
  const result = spawnSync(process.execPath, [path.join(root, 'bin/replylint.js'), 'audit', ...args, '--report', file, '-f', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (!existsSync(file)) throw new Error(`no report written: ${result.stderr}`);
  return file;
}

describe('HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('nothing from a hostile mailbox runs: scripts, onerror handlers, javascript: links', async () => {
    const file = report(['fixtures/audit/hostile.mbox', '--agent', '@acme.example']);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    // The payloads are on the page as text…
    const text = await page.locator('body').innerText();
    expect(text).toContain("<script>window.__pwned='body'</script>");
    expect(text).toContain('javascript:window.__pwned');
    // …and none of them ran, not even after clicking every link there is.
    for (const link of await page.locator('a').all()) await link.click({ timeout: 2000 }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[onerror], [onclick], [onload]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders the real twcs audit with charts that have data, and saves a screenshot', async () => {
    const file = report([path.resolve(root, '../shared/data/twcs/twcs-5000.csv'), '--preset', 'twcs']);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(pathToFileURL(file).href);
    const histogram = await page.locator('#score-histogram .bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))));
    expect(histogram).toHaveLength(10);
    expect(histogram.reduce((a, b) => a + b, 0)).toBe(2222);
    const ruleBars = await page.locator('#rules-chart rect').evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))));
    expect(ruleBars.length).toBeGreaterThan(3);
    expect(Math.max(...ruleBars)).toBeGreaterThan(0);
    expect(await page.locator('#agents-table tbody tr').count()).toBeGreaterThan(50);
    expect(await page.locator('#clusters-table tbody tr').count()).toBeGreaterThan(10);
    expect(await page.locator('article.reply mark').count()).toBeGreaterThan(0);
    const box = await page.locator('#score-histogram').boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'audit-report.png'), fullPage: false });
    expect(existsSync(path.join(artifacts, 'audit-report.png'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
