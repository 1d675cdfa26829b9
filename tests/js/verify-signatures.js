// Verifies Standard Webhooks signatures with the reference `standardwebhooks` package.
// Input: a JSON file [{"id": ..., "timestamp": ..., "signature": ..., "body": ...}, ...] and the
// secret. Exits 0 only when every signature verifies.
'use strict';
const fs = require('fs');
const { Webhook } = require('standardwebhooks');

const [file, secret] = process.argv.slice(2);
const requests = JSON.parse(fs.readFileSync(file, 'utf8'));
const wh = new Webhook(secret.replace(/^whsec_/, ''));
let verified = 0;
for (const r of requests) {
  try {
    // The library also checks that the timestamp is recent (5 minutes).
    wh.verify(r.body, {
      'webhook-id': r.id,
      'webhook-timestamp': r.timestamp,
      'webhook-signature': r.signature,
    });
    verified++;
  } catch (e) {
    console.error(`request ${r.id}: ${e.message}`);
    process.exit(1);
  }
}
console.log(`verified ${verified}`);
