// Validates a HAR file against the HAR 1.2 JSON schema (har-validator / har-schema).
'use strict';
const fs = require('fs');
const validator = require('har-validator');

const har = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
validator.har(har).then(
  () => console.log('valid HAR 1.2'),
  (error) => {
    console.error('invalid HAR:', JSON.stringify(error.errors || error.message, null, 2));
    process.exit(1);
  });
