// Counts a WhatsApp chat export's messages with the reference `whatsapp-chat-parser` package, to
// compare with what Hookline's importer reports.
// Input: one or more export files (.txt). Output: one JSON line per file,
// {"file": ..., "messages": N, "system": M}, where a message is an entry with an author and a
// system line one whose author is null (the package's own split).
'use strict';
const fs = require('fs');
const { parseString } = require('whatsapp-chat-parser');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node count-chat-messages.js EXPORT.txt...');
  process.exit(2);
}
for (const file of files) {
  const entries = parseString(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const system = entries.filter((m) => m.author === null).length;
  console.log(JSON.stringify({ file, messages: entries.length - system, system }));
}
