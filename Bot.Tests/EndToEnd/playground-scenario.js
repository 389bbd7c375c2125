// Drives the Microsoft 365 Agents Playground's web page in Debian's headless Chromium (playwright-core), as a
// person would: types in the personal chat and presses card buttons, then checks what the bot shows.
// Usage: node playground-scenario.js <node_modules dir> <playground url> <output dir> <step>[=<arg>]...
// Steps (run in the order given, in one chat):
//   help-reply          send "help"; the bot answers in the chat (text or card) about minutes
//   help-card           send "help"; the help card appears (.ac-adaptiveCard with "What I can do")
//   minutes=<file>      paste the minutes of <file>; the review card appears with decisions and action items
//   assign-me           in the review card, open the first action item (Edit) and make me (the Playground's user) its owner
//   publish-done        press "Publish" on the review card, then "Done" in the "…" menu of the last item; the card changes
//   my-actions          send "mijn acties"; my actions appear (with the item of assign-me, when that step ran)
// Prints one JSON line per step ({"step","ms","screenshot"}); on a failure it saves failure.png and exits 1.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const [nodeModulesArg, url, outDir, ...steps] = process.argv.slice(2);
if (!nodeModulesArg || !url || !outDir || steps.length === 0) {
  console.error('usage: node playground-scenario.js <node_modules dir> <playground url> <output dir> <step>[=<arg>]...');
  process.exit(2);
}

const { chromium } = require(path.join(path.resolve(nodeModulesArg), 'playwright-core'));
// Generous: the first page load compiles a 5 MB bundle; a reply with a card takes well under a second here.
const uiTimeout = 30000;

const botMessages = page => page.locator('[aria-label="Message author"]', { hasText: 'Test Bot' });
const cards = page => page.locator('.ac-adaptiveCard');

async function send(page, text) {
  const box = page.locator('[contenteditable=true]').first();
  await box.click();
  // One input event for the whole text: typing thousands of characters key by key would take minutes.
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

// Sends text and waits until the bot has posted one more message than before.
async function sendAndWaitForReply(page, text) {
  const before = await botMessages(page).count();
  await send(page, text);
  await page.waitForFunction(
    n => document.querySelectorAll('[aria-label="Message author"]').length > n,
    before, { timeout: uiTimeout });
  return botMessages(page).last();
}

// What earlier steps learnt that later ones check.
const memory = {};

const stepsByName = {
  async 'help-reply'(page) {
    const author = await sendAndWaitForReply(page, 'help');
    // The whole newest message (the outermost block holding only its own author) says what the bot reads.
    const message = author.locator('xpath=ancestor::*[count(.//*[@aria-label="Message author"]) = 1][last()]');
    await message.filter({ hasText: /minutes|notulen/ }).waitFor({ timeout: uiTimeout });
  },
  async 'help-card'(page) {
    await send(page, 'help');
    await cards(page).filter({ hasText: 'What I can do' }).last().waitFor({ timeout: uiTimeout });
  },
  async minutes(page, file) {
    await send(page, fs.readFileSync(file, 'utf8'));
    const review = cards(page).filter({ hasText: /Review before publishing|Controleer voor publicatie/ }).last();
    await review.waitFor({ timeout: uiTimeout });
    await review.getByText(/Decisions|Besluiten/).first().waitFor({ timeout: uiTimeout });
    await review.getByText(/Action items|Acties/).first().waitFor({ timeout: uiTimeout });
  },
  async 'assign-me'(page) {
    const review = cards(page).filter({ hasText: /Review before publishing|Controleer voor publicatie/ }).last();
    // Each item shows its text and owner in a line; "Edit" opens its inputs.
    await review.getByRole('button', { name: /^(Edit|Aanpassen)$/ }).first().click();
    await review.locator('textarea').first().waitFor({ state: 'visible', timeout: uiTimeout });
    memory.mine = (await review.locator('textarea').first().inputValue()).trim();
    // The owner choice is a filtered Input.ChoiceSet: the Playground draws it as a Fluent combobox whose options
    // (keep the minutes' owner, nobody, then the members) open in a list of their own.
    await review.getByRole('combobox').first().click();
    const options = page.getByRole('option');
    await options.first().waitFor({ timeout: uiTimeout });
    const member = options.last();
    memory.me = (await member.textContent()).trim();
    if (/^(Nobody|Niemand)$/.test(memory.me)) throw new Error('the owner choice offers no member');
    await member.click();
    await review.getByRole('combobox').first().evaluate((input, name) => {
      if (input.value !== name) throw new Error(`owner shows ${input.value}, not ${name}`);
    }, memory.me);
  },
  async 'publish-done'(page) {
    const review = cards(page).filter({ hasText: /Review before publishing|Controleer voor publicatie/ }).last();
    await review.getByRole('button', { name: /^(Publish|Publiceer)$/ }).click();
    // The summary shows each item's buttons once the item is selected (a Container's selectAction that toggles them).
    const summary = cards(page).filter({ hasText: /Action items|Acties/ }).filter({ hasNotText: /Review before publishing|Controleer voor publicatie/ }).last();
    await summary.waitFor({ timeout: uiTimeout });
    const items = summary.locator('.ac-selectable');
    await items.last().waitFor({ timeout: uiTimeout });
    const doneBefore = await summary.getByText(/^(Done|Afgerond)$/).count();
    await items.last().locator('.ac-richTextBlock').first().click();
    const done = summary.getByRole('button', { name: /^(Done|Afgerond)$/ }).last();
    await done.waitFor({ state: 'visible', timeout: uiTimeout });
    await done.click();
    // The card in the chat is replaced by the one the bot returns: one more item shows the status "Done".
    await page.waitForFunction(
      n => [...document.querySelectorAll('.ac-adaptiveCard')].some(c =>
        [...c.querySelectorAll('.ac-textBlock')].filter(b => /^(Done|Afgerond)$/.test(b.textContent.trim())).length > n),
      doneBefore, { timeout: uiTimeout });
  },
  async 'my-actions'(page) {
    await send(page, 'mijn acties');
    const mine = cards(page).filter({ hasText: /My actions|Mijn acties/ }).last();
    await mine.waitFor({ timeout: uiTimeout });
    if (memory.mine) {
      // The start of the item's text: the card may shorten a long one.
      await mine.getByText(memory.mine.slice(0, 40)).first().waitFor({ timeout: uiTimeout });
    }
  },
};

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  // Only the Playground on loopback: its web fonts from a CDN are refused rather than fetched.
  await page.route(url => !/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)/.test(url.href), route => route.abort());
  let current = 'open';
  try {
    await page.goto(url, { timeout: uiTimeout });
    await page.locator('[contenteditable=true]').first().waitFor({ timeout: uiTimeout });
    // The bot's welcome after the Playground installs it: the chat is live.
    await botMessages(page).first().waitFor({ timeout: uiTimeout });
    for (const [index, spec] of steps.entries()) {
      const [name, arg] = spec.split(/=(.*)/s);
      current = name;
      const run = stepsByName[name];
      if (!run) throw new Error(`unknown step ${name}`);
      const started = Date.now();
      await run(page, arg);
      const screenshot = path.join(outDir, `${String(index + 1).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(JSON.stringify({ step: name, ms: Date.now() - started, screenshot }));
    }
    return 0;
  } catch (e) {
    const screenshot = path.join(outDir, 'failure.png');
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    console.log(JSON.stringify({ step: current, failed: e.message.split('\n')[0], screenshot }));
    console.error(e.stack);
    return 1;
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
