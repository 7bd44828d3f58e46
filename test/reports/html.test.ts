/**
 * The HTML reports in a real browser: they must run without errors, step through the trace by button,
 * step list and arrow keys, and show hostile names as text.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReports } from '../../src/reports/write.ts';
import { HOSTILE, lassoRun, SCRIPT_NAME, storyRun } from './fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
// Skipped on a developer's machine without the browser; in CI (.ci/run installs it) a missing browser fails.
const missing = !existsSync(CHROMIUM) && !process.env.CI;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const REPORT = 'hostile-survive-host-failure.html';

interface Opened {
  readonly page: Page;
  readonly problems: string[];
}

describe.skipIf(missing)(`HTML reports in Chromium${missing ? ` (skipped: ${CHROMIUM} is missing; apt-get install -y chromium)` : ''}`, () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fabric-check-html-'));
    await writeReports(dir, [storyRun(HOSTILE, 'hostile'), lassoRun()]);
    // launch() gives every run a fresh temporary profile.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens a report, recording console errors, page errors and dialogs (an alert would be one). */
  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(path.join(dir, file)).href);
    return { page, problems };
  }

  const shownSvg = (page: Page): Promise<string> => page.locator('article.step:not([hidden]) svg').innerHTML();
  const current = (page: Page): Promise<string | null> => page.locator('nav.steps button.current').getAttribute('data-goto');

  it('steps through the trace by button, step list and arrow keys, without errors', async () => {
    const { page, problems } = await open(REPORT);
    expect(await page.locator('article.step:not([hidden])').count()).toBe(1);
    expect(await current(page)).toBe('0');
    expect(await page.locator('#prev').isDisabled()).toBe(true);
    const first = await shownSvg(page);

    await page.click('#next');
    expect(await shownSvg(page)).not.toBe(first);
    expect(await current(page)).toBe('1');
    expect(await page.locator('nav.steps button[aria-current="step"]').getAttribute('data-goto')).toBe('1');
    expect(await page.locator('#position').textContent()).toBe('Step 1 of 3');

    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toBe('2');
    expect(await page.locator('article.step:not([hidden]) h2').textContent()).toContain('Step 2: crash host h|1 `x`');

    await page.click('nav.steps button[data-goto="3"]');
    expect(await current(page)).toBe('3');
    expect(await page.locator('#next').isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(tmpdir(), 'fabric-check-report.png'), fullPage: true });

    await page.keyboard.press('ArrowLeft');
    expect(await current(page)).toBe('2');
    expect(problems).toEqual([]);
  });

  it('renders an FE named <script> as text, and runs only its own script', async () => {
    const { page, problems } = await open(REPORT);
    await page.keyboard.press('End');
    expect(await page.locator('script').count()).toBe(1);
    const fe = page.locator('article.step:not([hidden]) g.fe').nth(2);
    expect(await fe.getAttribute('data-fe')).toBe(SCRIPT_NAME);
    expect(await fe.locator('text.fe-name title').textContent()).toBe(SCRIPT_NAME);
    expect(await page.locator('article.step:not([hidden]) ul.changes').textContent()).toContain(`${SCRIPT_NAME} Front End service running → stopped`);
    expect(problems).toEqual([]);
  });

  it('shows a lasso and the index page without errors', async () => {
    const lasso = await open('lasso-pool-recovers.html');
    expect(await lasso.page.locator('nav.steps .loop').textContent()).toBe('↺ loop returns here');
    const index = await open('index.html');
    expect(await index.page.locator('table.matrix a').count()).toBe(3);
    expect([...lasso.problems, ...index.problems]).toEqual([]);
  });

  it('opens every bundled report without errors, and its picture changes from the first step to the last', { timeout: 120_000 }, async () => {
    const bundled = fileURLToPath(new URL('../../reports/', import.meta.url));
    const pages = (await readdir(bundled)).filter((name) => name.endsWith('.html') && name !== 'index.html');
    expect(pages.length).toBeGreaterThan(20);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    page.on('pageerror', (error) => problems.push(error.message));
    for (const name of pages) {
      await page.goto(pathToFileURL(path.join(bundled, name)).href, { waitUntil: 'domcontentloaded' });
      const first = await shownSvg(page);
      await page.keyboard.press('End');
      expect(await shownSvg(page), name).not.toBe(first);
      expect(problems, name).toEqual([]);
    }
    await page.close();
  });

  it('writes JUnit XML that a browser parses', async () => {
    const { page } = await open('index.html');
    const xml = await readFile(path.join(dir, 'junit.xml'), 'utf8');
    // A string, evaluated in the page: the project's TypeScript has no DOM types.
    const parsed = await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, cases: doc.querySelectorAll('testcase').length };
    })()`);
    expect(parsed).toEqual({ error: null, cases: 5 });
  });
});
