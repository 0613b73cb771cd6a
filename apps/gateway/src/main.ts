import type { AddressInfo } from 'node:net';
import { createGateway } from './app.ts';
import { readEnv } from './env.ts';

const env = readEnv();
const { app, stop } = await createGateway(env);
const server = app.listen(env.PORT, env.HOST, () => {
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
  console.log(`Lộ Trình is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/healthz)`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${env.PORT} is already in use. Set PORT to a free port, e.g. PORT=4100 npm start.`
      : `Could not start the server: ${error.message}`,
  );
  process.exit(1);
});

const shutdown = () => {
  server.close(() => {
    void stop().then(() => process.exit(0));
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
