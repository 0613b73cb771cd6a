// `npm run sdl`: writes the schema's SDL to schema.graphql (committed; a test fails when stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSdl } from '../src/sdl.ts';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, printSdl());
console.log(`Wrote ${target}`);
