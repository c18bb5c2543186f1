// The patient conversation at / in a real browser: a complaint, questions answered by
// clicking or by keyboard alone, the result card; an emergency shown at once; an empty
// complaint refused with a readable message; the page on a 360 px wide phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openBrowser, newPage, screenshot, horizontalOverflow, finish } from './browser.mjs';

const EMERGENCY = ['emergency', 'emergency_ambulance'];
let browser;

before(async () => { browser = await openBrowser(); });
after(async () => { await browser.close(); });

async function startInterview(page, complaint, age) {
  await page.goto(baseUrl + '/');
  await page.getByLabel('What is wrong?').fill(complaint);
  if (age) await page.getByLabel('Age in years').fill(String(age));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('.question, .triage').first().waitFor();
}

// Answers every question with the button named `answer` (the first option of a choice
// question) until the result shows; returns how many questions were answered.
async function answerUntilResult(page, answer) {
  let answered = 0;
  while (await page.locator('.triage').count() === 0) {
    assert.ok(answered < 20, 'the interview should end within 20 questions');
    const buttons = page.locator('.question .answers button');
    const named = buttons.filter({ hasText: new RegExp('^' + answer + '$') });
    await ((await named.count()) ? named : buttons.first()).click();
    answered += 1;
    // The transcript gains the answered question once the API has replied.
    await page.locator('#transcript li').nth(answered).waitFor();
    await page.locator('.question:not([aria-busy="true"]), .triage').first().waitFor();
  }
  return answered;
}

test('the page answers with a strict Content-Security-Policy and nosniff', async () => {
  const page = await newPage(browser.context);
  const response = await page.goto(baseUrl + '/');
  const headers = response.headers();
  assert.match(headers['content-type'], /^text\/html/);
  assert.match(headers['content-security-policy'], /script-src 'self'/);
  assert.doesNotMatch(headers['content-security-policy'], /unsafe-inline/);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  await finish(page);
});

test('a complaint, questions answered by clicking, and a result card', async () => {
  const page = await newPage(browser.context);
  await startInterview(page, 'I have had a sore throat and a cough for two days', 30);
  assert.ok(await page.locator('.question .answers button').count() >= 2, 'a question with answer buttons');
  assert.equal(await page.locator('#live').getAttribute('aria-live'), 'polite');
  const answered = await answerUntilResult(page, 'No');
  assert.ok(answered >= 1);

  const card = page.locator('.triage');
  assert.ok(!EMERGENCY.includes(await card.getAttribute('data-level')));
  assert.match(await card.innerText(), /\w+/);
  // The result: triage first, then likely conditions in plain words, advice, sources.
  const sections = await page.locator('.result > section h2').allInnerTexts();
  assert.equal(sections[0], await card.locator('h2').innerText());
  assert.ok(sections.includes('What it might be'));
  assert.ok(sections.includes('What you can do'), 'the guidance for the likeliest condition');
  assert.ok(await page.locator('.conditions li').count() >= 1);
  const links = page.locator('.sources a[href^="http"]');
  assert.ok(await links.count() >= 1, 'sources as links');
  assert.match(await page.locator('.result').innerText(), /not a diagnosis/);
  await finish(page, 'patient-result-desktop');
});

test('an emergency complaint shows the emergency card before anything else', async () => {
  const page = await newPage(browser.context);
  const reply = page.waitForResponse((r) => r.url().endsWith('/v1/interviews'));
  await startInterview(page, 'crushing chest pain and I am sweating', 58);
  const { assessment } = await (await reply).json();
  const card = page.locator('.triage.level-emergency');
  await card.waitFor();
  // Only the conditions that make it an emergency are named: nothing that could reassure.
  const serious = assessment.conditions.filter((c) => c.dangerous || EMERGENCY.includes(c.triage));
  assert.ok(serious.length >= 1);
  assert.deepEqual(await page.locator('.conditions li strong').allInnerTexts(),
    serious.slice(0, 3).map((c) => c.lay_name || c.name));
  assert.equal(await page.locator('.question').count(), 0, 'no more questions');
  const text = await card.innerText();
  assert.match(text, /Emergency/);
  assert.match(text, /call an ambulance now/i);
  assert.match(text, /999/);
  assert.equal(await page.locator('.result > *').first().getAttribute('data-level'), 'emergency_ambulance');
  // Words, colour and an icon: the card's background is red, and it carries the icon.
  assert.equal(await card.evaluate((n) => getComputedStyle(n).backgroundColor), 'rgb(165, 14, 27)');
  assert.equal(await card.locator('.triage-icon').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'triage-heading');
  await finish(page, 'patient-emergency-desktop');
});

test('an answer that raises the level to an emergency ends the questions at once', async () => {
  const page = await newPage(browser.context);
  await startInterview(page, 'fever and sore throat for two days', 30);
  // Answer yes to every question until the API reports an emergency; whatever the question,
  // the page must then show the emergency card and ask nothing more.
  for (let i = 0; i < 15 && await page.locator('.triage').count() === 0; ++i) {
    const reply = page.waitForResponse((r) => r.url().includes('/answers'));
    const buttons = page.locator('.question .answers button');
    const yes = buttons.filter({ hasText: /^Yes$/ });
    await ((await yes.count()) ? yes : buttons.first()).click();
    const step = await (await reply).json();
    await page.locator('#transcript li').nth(i + 1).waitFor();
    if (EMERGENCY.includes(step.assessment.triage.level)) {
      await page.locator('.triage.level-emergency').waitFor();
      assert.equal(await page.locator('.question').count(), 0);
      await finish(page);
      return;
    }
  }
  assert.fail('answering yes to the warning-sign questions should reach an emergency level');
});

test('the patient page works with the keyboard alone', async () => {
  const page = await newPage(browser.context);
  await page.goto(baseUrl + '/');
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim());
  // Logical order: skip link, the page link, then the form top to bottom; type as we go.
  const order = [['Skip to the conversation'], ['Clinician workspace'], ['complaint', 'headache since yesterday'],
    ['age', '35'], ['sex'], ['start-button']];
  for (const [expected, typed] of order) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(), expected);
    if (typed) await page.keyboard.type(typed);
  }
  await page.keyboard.press('Enter');
  await page.locator('.question, .triage').first().waitFor();
  for (let i = 0; i < 20 && await page.locator('.triage').count() === 0; ++i) {
    // Focus moves to the question; the next Tab reaches its first answer (Yes or an option).
    assert.equal(await focused(), 'question-heading');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    const label = await page.evaluate(() => document.activeElement.textContent);
    if (label === 'Yes') await page.keyboard.press('Tab');  // to No
    await page.keyboard.press('Enter');
    await page.locator('#transcript li').nth(i + 1).waitFor();
    await page.locator('.question:not([aria-busy="true"]), .triage').first().waitFor();
  }
  assert.equal(await focused(), 'triage-heading', 'the result takes the focus');
  await finish(page);
});

test('an empty complaint gets a readable message and no request', async () => {
  const page = await newPage(browser.context);
  await page.goto(baseUrl + '/');
  let requests = 0;
  page.on('request', (r) => { if (r.url().includes('/v1/')) requests += 1; });
  await page.getByLabel('What is wrong?').fill('   ');
  await page.getByRole('button', { name: 'Start' }).click();
  const error = page.locator('#start-error');
  assert.match(await error.innerText(), /describe what is wrong/i);
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.equal(await page.getByLabel('What is wrong?').getAttribute('aria-invalid'), 'true');
  assert.equal(requests, 0);
  await finish(page);
});

test('the API\'s own error message is shown when it refuses a complaint', async () => {
  const page = await newPage(browser.context);
  await page.goto(baseUrl + '/');
  // Text the API refuses (over its 20,000-byte limit); the form's own limit is lifted so
  // the request reaches the server.
  await page.evaluate(() => document.getElementById('complaint').removeAttribute('maxlength'));
  await page.getByLabel('What is wrong?').fill('cough '.repeat(4000));
  await page.getByRole('button', { name: 'Start' }).click();
  const error = page.locator('#start-error');
  await error.filter({ hasText: /Sorry/ }).waitFor();
  assert.match(await error.innerText(), /Sorry, that did not work: .*\w/);
  await finish(page);
});

test('the patient page fits a 360 px wide phone', async () => {
  const page = await newPage(browser.context);
  await page.setViewportSize({ width: 360, height: 740 });
  await startInterview(page, 'sore throat and a high temperature since yesterday', 24);
  assert.equal(await horizontalOverflow(page), 0);
  await screenshot(page, 'patient-question-phone');
  await answerUntilResult(page, 'No');
  assert.equal(await horizontalOverflow(page), 0);
  await screenshot(page, 'patient-result-phone');
  await startInterview(page, 'crushing chest pain and I am sweating', 58);
  await page.locator('.triage.level-emergency').waitFor();
  assert.equal(await horizontalOverflow(page), 0);
  const box = await page.locator('.triage').boundingBox();
  assert.ok(box.y < 740, 'the emergency card starts on the first screen');
  await finish(page, 'patient-emergency-phone');
});
