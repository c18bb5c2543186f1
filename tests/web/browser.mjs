// What the browser tests share: Debian's Chromium started through playwright-core with a
// fresh profile, a page that records console errors (a CSP violation is one) and any request
// that leaves the server's origin, screenshots into the artefact directory, and checks of
// horizontal scrolling and colour contrast.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const baseUrl = process.env.SANUS_URL;
export const keyedUrl = process.env.SANUS_KEYED_URL;
export const testKey = process.env.SANUS_TEST_KEY;
const artifacts = process.env.SANUS_ARTIFACTS;

// These flags keep Chromium off the network on a closed machine: no update checks, no sync,
// no QUIC probes, nothing that could stall a test.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// A browser context with its own fresh profile; close() also removes the profile.
export async function openBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sanus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.SANUS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A new page that records problems: console errors, uncaught exceptions, a page or asset that
// failed to load, and requests to any origin but the server's (which the page must never
// make). An API answer of 4xx is not a problem here: the pages handle it, and tests check how.
export async function newPage(context, origin = baseUrl) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !new URL(r.url()).pathname.startsWith('/v1/')) problems.push(r.status() + ': ' + r.url());
  });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin + '/')) problems.push('request off the origin: ' + r.url());
  });
  page.problems = problems;
  return page;
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, name + '.png'), fullPage: true });
}

// How far the page scrolls sideways (0 when it fits its viewport).
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Every visible element holding text whose contrast with its background is under 4.5:1
// (WCAG AA for normal text), as "text (ratio)".
export function lowContrastTexts(page) {
  return page.evaluate(() => {
    const rgba = (s) => (s.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (node) => {
      for (let n = node; n; n = n.parentElement) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c;
      }
      return [255, 255, 255];
    };
    const failures = [];
    for (const node of document.querySelectorAll('body *')) {
      const ownText = [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
      if (!ownText || !node.checkVisibility() || node.closest('.visually-hidden')) continue;
      const fg = luminance(rgba(getComputedStyle(node).color));
      const bg = luminance(background(node));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) failures.push(node.textContent.trim().slice(0, 40) + ' (' + ratio.toFixed(2) + ')');
    }
    return failures;
  });
}

// Ends a test's page: with a name, checks the contrast of every text and saves a full-page
// screenshot as NAME.png; then asserts the page had no problems (see newPage) and closes it.
export async function finish(page, name) {
  if (name) {
    assert.deepEqual(await lowContrastTexts(page), []);
    await screenshot(page, name);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
}
