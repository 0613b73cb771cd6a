// Prints every target and reported result as JSON Lines, for auditors (`npm run export:targets`).
import { ACTUALS, actualExportRow, TARGETS, targetExportRow, toJsonLines } from '../src/index.ts';
import { writeOut } from './write-lines.ts';

writeOut(toJsonLines([...TARGETS.map(targetExportRow), ...ACTUALS.map(actualExportRow)]));
