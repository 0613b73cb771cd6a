// Prints every task of the assignment tables as JSON Lines (`npm run export:tasks`).
import { TASKS, taskExportRow, toJsonLines } from '../src/index.ts';
import { writeOut } from './write-lines.ts';

writeOut(toJsonLines(TASKS.map(taskExportRow)));
