// Renders Adaptive Card JSON files to PNG the way a person sees them in Teams (light theme): the official renderer
// (adaptivecards 3.0.6) in Debian's headless Chromium, driven by playwright-core. Prints one JSON array on stdout:
//   [{ "file": "help.en.approved.json", "png": "help.en.png", "width": 600, "height": 412, "bytes": 40213, "warnings": [] }]
// Usage: node render-cards.js <node_modules dir> <output dir> <card file or directory>...
// Exit code: 0 when every card rendered without a parse or validation warning, 1 otherwise, 2 on bad usage.
// Env: CHROMIUM (default /usr/bin/chromium).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const [nodeModulesArg, outDir, ...inputs] = process.argv.slice(2);
const nodeModules = nodeModulesArg && path.resolve(nodeModulesArg);
if (!nodeModules || !outDir || inputs.length === 0) {
  console.error('usage: node render-cards.js <node_modules dir> <output dir> <card file or directory>...');
  process.exit(2);
}

const { chromium } = require(path.join(nodeModules, 'playwright-core'));
const acScript = path.join(nodeModules, 'adaptivecards', 'dist', 'adaptivecards.min.js');
const acCss = fs.readFileSync(path.join(nodeModules, 'adaptivecards', 'dist', 'adaptivecards.css'), 'utf8');

// Teams' light theme, approximated: Segoe UI first (Liberation Sans / DejaVu where it is absent), the Teams purple
// #6264A7 as accent, Teams' spacing and paddings.
const fontStack = '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif';
const color = (normal, subtle) => ({ default: normal, subtle: subtle ?? normal });
const foreground = {
  default: color('#242424', '#616161'),
  dark: color('#242424', '#616161'),
  light: color('#FFFFFF', '#F5F5F5'),
  accent: color('#6264A7', '#8B8CC7'),
  good: color('#237B4B', '#6BB700'),
  warning: color('#835C00', '#C19C00'),
  attention: color('#C4314B', '#D74654'),
};
const hostConfig = {
  fontFamily: fontStack,
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: foreground },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: foreground },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: foreground },
    good: { backgroundColor: '#E7F2DA', foregroundColors: foreground },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: foreground },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: foreground },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    iconPlacement: 'leftOfTitle',
    allowTitleToWrap: false,
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { weight: 'bolder', size: 'default', color: 'default', wrap: true, maxWidth: 150 },
    value: { weight: 'default', size: 'default', color: 'default', wrap: true },
    spacing: 12,
  },
  textBlock: { headingLevel: 2 },
  inputs: { label: { requiredInputs: { suffix: ' *' }, optionalInputs: {} }, errorMessage: {} },
};

// What Teams' chat adds around a card: a white bubble with a light border, and its own look for buttons and inputs.
const pageCss = `
${acCss}
body { margin: 0; padding: 16px; background: #F5F5F5; font-family: ${fontStack}; }
#card { width: 600px; background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 4px; overflow: hidden; }
.ac-pushButton { font-family: ${fontStack}; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
  border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; }
.ac-pushButton.style-positive, .ac-pushButton.primary { background: #6264A7; border-color: #6264A7; color: #FFFFFF; }
.ac-pushButton.style-destructive { color: #C4314B; }
.ac-pushButton.expanded { background: #E8EBFA; border-color: #6264A7; }
.ac-input, .ac-input input, .ac-input select, .ac-textInput, .ac-dateInput, .ac-numberInput, .ac-multichoiceInput select {
  font-family: ${fontStack}; font-size: 14px; color: #242424; }
.ac-input.ac-textInput, .ac-input.ac-dateInput, .ac-input.ac-numberInput, .ac-input.ac-choiceSetInput-compact,
.ac-input.ac-choiceSetInput-filtered, .ac-input.ac-choiceSetInput-filtered-textbox {
  background: #FFFFFF; border: 1px solid #D1D1D1; border-bottom-color: #616161; border-radius: 4px; padding: 5px 8px;
  min-height: 32px; box-sizing: border-box; width: 100%; }
.ac-input.ac-textInput.ac-multiline { height: 64px; }
.ac-textBlock a, .ac-richTextBlock a { color: #6264A7; text-decoration: none; }
.at-mention { color: #6264A7; font-weight: 600; }
`;

function cardFiles(input) {
  if (fs.statSync(input).isDirectory()) {
    return fs.readdirSync(input).filter(f => f.endsWith('.json')).sort().map(f => path.join(input, f));
  }
  return [input];
}

// "summary.nl.approved.json" -> "summary.nl.png"
const pngName = file => path.basename(file).replace(/(\.approved)?\.json$/, '') + '.png';

// Runs inside the page: parse, collect every warning, apply Teams' markdown subset, render.
function renderInPage({ card, hostConfig }) {
  const AC = window.AdaptiveCards;
  const escape = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // CommonMark backslash escapes (\[, \*, \_...) stand for the plain character and take no part in formatting.
  const inline = s => {
    const literals = [];
    const protect = s.replace(/\\([!-\/:-@\[-`{-~])/g, (_, c) => `\u0000${literals.push(c) - 1}\u0000`);
    return format(protect).replace(/\u0000(\d+)\u0000/g, (_, i) => escape(literals[Number(i)]));
  };
  const format = s => escape(s)
    .replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<span class="at-mention">$1</span>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])_(.+?)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^*])\*([^*]+?)\*(?!\*)/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  // Teams' markdown: bold, italic, links, bulleted and numbered lists, line breaks.
  const markdown = text => {
    const out = [];
    let list = null;
    for (const line of text.split('\n')) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      const kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (list && kind !== list) { out.push(`</${list}>`); list = null; }
      if (kind) {
        if (!list) { out.push(`<${kind} style="margin:0;padding-left:20px">`); list = kind; }
        out.push(`<li>${inline((bullet || numbered)[1])}</li>`);
      } else {
        out.push(inline(line) + '<br>');
      }
    }
    if (list) out.push(`</${list}>`);
    return out.join('').replace(/<br>$/, '');
  };
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  // The renderer (3.0.6) fills a filtered ChoiceSet's text box with the default's value ("keep"); Teams shows its title.
  const showChoiceTitles = card => {
    for (const input of card.getAllInputs()) {
      const box = input.renderedElement && input.renderedElement.querySelector('input.ac-choiceSetInput-filtered, input.ac-choiceSetInput-filtered-textbox');
      const choice = box && (input.choices || []).find(c => c.value === input.defaultValue);
      if (choice) box.value = choice.title;
    }
  };

  const warnings = [];
  const describe = e => `${['parse', 'toJSON', 'validation'][e.phase] ?? e.phase}: ${AC.ValidationEvent[e.event]}: ${e.message}`;
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  const context = new AC.SerializationContext();
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) warnings.push(describe(context.getEventAt(i)));
  for (const e of adaptiveCard.validateProperties().validationEvents) warnings.push(describe(e));
  const element = adaptiveCard.render();
  const host = document.getElementById('card');
  host.innerHTML = '';
  if (!element) {
    warnings.push('render: the renderer returned nothing');
  } else {
    host.appendChild(element);
    showChoiceTitles(adaptiveCard);
  }
  return warnings;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'render-cards-chromium-'));
  // A fresh profile each run (playwright-core passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=en-GB'],
    viewport: { width: 660, height: 800 },
    locale: 'en-GB',
    deviceScaleFactor: 1,
  });
  const report = [];
  try {
    const page = browser.pages()[0] ?? await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(`page error: ${e.message}`));
    // Nothing leaves the machine: the page is built from local files only.
    await page.route(/^(?!data:|about:)/, route => route.abort());
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${pageCss}</style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: acScript });
    for (const file of inputs.flatMap(cardFiles)) {
      const entry = { file: path.basename(file), png: pngName(file), width: 0, height: 0, bytes: 0, warnings: [] };
      report.push(entry);
      try {
        const card = JSON.parse(fs.readFileSync(file, 'utf8'));
        pageErrors.length = 0;
        entry.warnings.push(...await page.evaluate(renderInPage, { card, hostConfig }));
        entry.warnings.push(...pageErrors);
        const target = path.join(outDir, entry.png);
        const locator = page.locator('#card');
        const box = await locator.boundingBox();
        await locator.screenshot({ path: target });
        entry.width = Math.round(box.width);
        entry.height = Math.round(box.height);
        entry.bytes = fs.statSync(target).size;
      } catch (e) {
        entry.warnings.push(`failed: ${e.message}`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
  return report.some(r => r.warnings.length > 0) ? 1 : 0;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
