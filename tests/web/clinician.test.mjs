// The clinician workspace at /clinician in a real browser, against a server that needs an
// API key: the key refused and then accepted, the differential as bars with percentages, the
// evidence marked in the note, triage reasons, guidance with doses and withdrawn options,
// numbered references; and the page on a 360 px wide phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { keyedUrl, testKey, openBrowser, newPage, horizontalOverflow, finish } from './browser.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser.close(); });

const NOTE = '58 year old man, crushing central chest pain for 40 minutes with sweating and nausea. No fever. HR 110, BP 100/60.';

async function assess(page, note, fields) {
  await page.getByLabel('Clinical note').fill(note);
  for (const [label, value] of Object.entries(fields || {})) {
    const input = page.getByLabel(label, { exact: true });
    if (typeof value === 'boolean') await input.setChecked(value);
    else if (label === 'Sex') await input.selectOption(value);
    else await input.fill(String(value));
  }
  await page.getByRole('button', { name: 'Assess' }).click();
}

test('without the API key the workspace says so; with it, the note is assessed', async () => {
  const page = await newPage(browser.context, keyedUrl);
  await page.goto(keyedUrl + '/clinician');
  await assess(page, NOTE, { 'Age in years': 58, Sex: 'male' });
  const error = page.locator('#assess-error');
  await error.filter({ hasText: /API key/ }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'api-key');

  await page.getByLabel(/API key/).fill(testKey);
  await page.getByRole('button', { name: 'Assess' }).click();
  await page.locator('.triage').waitFor();
  assert.equal(await error.innerText(), '');
  // Kept for this tab only.
  assert.equal(await page.evaluate(() => sessionStorage.getItem('sanus-api-key')), testKey);
  assert.equal(await page.evaluate(() => localStorage.length + document.cookie.length), 0);

  // Triage with its reasons, the emergency first.
  const card = page.locator('.results > .triage');
  assert.equal(await card.getAttribute('data-level'), 'emergency_ambulance');
  assert.ok(await card.locator('.reasons li').count() >= 1);

  // The differential: every bar has its percentage as text, and the bar's width matches it.
  const rows = page.locator('.bar-row');
  assert.ok(await rows.count() >= 2);
  for (const row of await rows.all()) {
    const value = await row.locator('.bar-value').innerText();
    assert.match(value, /^(>99|<1|\d{1,2})%$|^100%$/);
    const width = await row.locator('.bar-fill').evaluate((n) => n.getBoundingClientRect().width / n.parentElement.getBoundingClientRect().width);
    const shown = Number(value.replace(/[<>%]/g, '')) / 100;
    assert.ok(Math.abs(width - shown) < 0.02, `bar width ${width} for ${value}`);
  }

  // The evidence, marked in the note as typed: each mark's text is the note's own words.
  const marks = page.locator('.note-text mark.evidence');
  assert.ok(await marks.count() >= 2);
  for (const text of await marks.allInnerTexts()) assert.ok(NOTE.includes(text), text);
  assert.equal(await page.locator('.note-text').evaluate((n) => [...n.childNodes].filter((c) => c.nodeType === 3 || c.tagName === 'MARK').map((c) => c.textContent).join('')), NOTE);
  assert.match((await page.locator('.note-text mark.absent').allInnerTexts()).join(' '), /fever/i);

  // Guidance for the leading condition, with its references numbered and linked.
  // Guidance for the leading condition first, and for the heart attack the triage is about.
  const guidance = await page.locator('.guidance h2').allInnerTexts();
  const leading = await page.locator('.bar-row strong').first().innerText();
  assert.ok(guidance[0].startsWith('Guidance: ' + leading), guidance[0]);
  assert.ok(guidance.some((h) => /coronary/i.test(h)), guidance.join(' | '));
  const references = page.locator('.sources li a[href^="http"]');
  assert.ok(await references.count() >= 1);
  const marker = page.locator('.cite-markers a').first();
  assert.match(await marker.getAttribute('href'), /^#cite-\d+$/);
  assert.equal(await page.locator((await marker.getAttribute('href'))).count(), 1);
  await finish(page, 'clinician-desktop');
});

test('treatment lines show doses, and an option unsafe for this patient is withdrawn with its reason', async () => {
  const page = await newPage(browser.context, keyedUrl);
  await page.goto(keyedUrl + '/clinician');
  await page.getByLabel(/API key/).fill(testKey);
  await assess(page, 'burning and stinging when passing urine, going more often, no fever, no loin pain',
    { 'Age in years': 30, Sex: 'female', 'Weight in kg': 60, 'eGFR (mL/min/1.73 m²)': 25 });
  await page.locator('.sources').waitFor();
  const doses = await page.locator('.treatments tbody td:nth-child(3)').allInnerTexts();
  assert.ok(doses.some((d) => /\d+\s*(mg|g|microgram)/.test(d)), 'a dose: ' + doses.join(' | '));
  const withdrawn = page.locator('.treatments tr.withdrawn');
  assert.ok(await withdrawn.count() >= 1, 'an option withdrawn at an eGFR of 25');
  assert.match(await withdrawn.first().innerText(), /Withdrawn for this patient:\s*\S/);
  await finish(page, 'clinician-guidance-desktop');
});

test('an empty note gets a readable message', async () => {
  const page = await newPage(browser.context, keyedUrl);
  await page.goto(keyedUrl + '/clinician');
  await page.getByRole('button', { name: 'Assess' }).click();
  assert.match(await page.locator('#assess-error').innerText(), /Enter a clinical note/);
  assert.equal(await page.getByLabel('Clinical note').getAttribute('aria-invalid'), 'true');
  await finish(page);
});

test('the clinician workspace fits a 360 px wide phone', async () => {
  const page = await newPage(browser.context, keyedUrl);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(keyedUrl + '/clinician');
  assert.equal(await horizontalOverflow(page), 0);
  await page.getByLabel(/API key/).fill(testKey);
  await assess(page, NOTE, { 'Age in years': 58, Sex: 'male' });
  await page.locator('.sources').waitFor();
  assert.equal(await horizontalOverflow(page), 0);
  await finish(page, 'clinician-phone');
});
