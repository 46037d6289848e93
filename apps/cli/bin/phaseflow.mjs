#!/usr/bin/env node
// Placeholder until the CLI lands.
console.error('phaseflow: not built yet');
process.exit(2);
