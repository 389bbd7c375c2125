// Parses Adaptive Card JSON files with the official renderer package (adaptivecards 3.0.6) in plain Node and
// prints, as one JSON array on stdout, the parse and validation problems of each file:
//   [{ "file": "summary.nl.json", "problems": ["..."] }, ...]
// Usage: node validate-cards.js <node_modules dir> <card file or directory>...
// Exit code: 0 when every card is clean, 1 when any card has a problem, 2 on bad usage.
'use strict';
const fs = require('fs');
const path = require('path');

const [nodeModules, ...inputs] = process.argv.slice(2);
if (!nodeModules || inputs.length === 0) {
  console.error('usage: node validate-cards.js <node_modules dir> <card file or directory>...');
  process.exit(2);
}

const AC = require(path.join(nodeModules, 'adaptivecards', 'dist', 'adaptivecards.min.js'));

function cardFiles(input) {
  if (fs.statSync(input).isDirectory()) {
    return fs.readdirSync(input).filter(f => f.endsWith('.json')).sort().map(f => path.join(input, f));
  }
  return [input];
}

function describe(event) {
  const phase = ['parse', 'toJSON', 'validation'][event.phase] ?? String(event.phase);
  const kind = AC.ValidationEvent ? AC.ValidationEvent[event.event] : String(event.event);
  return `${phase}: ${kind}: ${event.message}`;
}

function check(file) {
  const problems = [];
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { file: path.basename(file), problems: [`not JSON: ${e.message}`] };
  }
  const card = new AC.AdaptiveCard();
  // Teams shows up to six buttons in a row (the package's default is five); entries of a "…" menu count too here.
  card.hostConfig = new AC.HostConfig({ actions: { maxActions: 6 } });
  const context = new AC.SerializationContext();
  try {
    card.parse(json, context);
  } catch (e) {
    problems.push(`parse threw: ${e.message}`);
  }
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(describe(context.getEventAt(i)));
  }
  const results = card.validateProperties();
  for (const event of results.validationEvents) {
    problems.push(describe(event));
  }
  // Round trip: an element the package dropped while parsing is a silent problem; count types before and after.
  // The Teams-only "msteams" property (mention entities) is not the package's to keep.
  const count = s => (s.match(/"type":/g) || []).length;
  const before = count(JSON.stringify({ ...json, msteams: undefined }));
  const after = count(JSON.stringify(card.toJSON(new AC.SerializationContext())));
  if (after < before) {
    problems.push(`round trip lost ${before - after} typed objects (unknown or misplaced elements)`);
  }
  return { file: path.basename(file), problems };
}

const report = inputs.flatMap(cardFiles).map(check);
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
process.exit(report.some(r => r.problems.length > 0) ? 1 : 0);
