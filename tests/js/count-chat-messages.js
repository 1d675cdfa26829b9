// Counts a WhatsApp chat export's messages with the reference `whatsapp-chat-parser` package, to
// compare with what Hookline's importer reports.
// Input: one or more export files (.txt). Output: one JSON line per file,
// {"file": ..., "messages": N, "system": M}, where a message is an entry with an author and a
// system line one whose author is null (the package's own split).
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const PACKAGE = 'whatsapp-chat-parser';

// The package ships CommonJS beside its ES module build; should a release drop the former, load
// the module build instead. import() does not search NODE_PATH, so the folder is found by hand.
async function loadParser() {
  try {
    return require(PACKAGE);
  } catch (e) {
    if (e.code !== 'ERR_REQUIRE_ESM' && e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e;
  }
  const roots = [
    ...(process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean),
    ...module.paths,
  ];
  for (const root of roots) {
    const dir = path.join(root, PACKAGE);
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    const dot = pkg.exports && (pkg.exports['.'] || pkg.exports);
    const entry = (dot && (dot.import || dot.default)) || pkg.module || pkg.main || 'index.js';
    return import(pathToFileURL(path.join(dir, entry)).href);
  }
  throw new Error(`${PACKAGE} is not installed (set NODE_PATH to its node_modules folder)`);
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node count-chat-messages.js EXPORT.txt...');
    process.exit(2);
  }
  const { parseString } = await loadParser();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const entries = parseString(text);
    const system = entries.filter((m) => m.author === null).length;
    console.log(JSON.stringify({ file, messages: entries.length - system, system }));
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
