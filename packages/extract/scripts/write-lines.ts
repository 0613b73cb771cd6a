/** Writes to stdout and exits quietly when the reader goes away (`… | head`). */
export function writeOut(text: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stdout.write(text);
}
