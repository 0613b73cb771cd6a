const m0 = process.memoryUsage();
await import('/work/wt-national/apps/gateway/src/app.ts');
globalThis.gc?.();
const m = process.memoryUsage();
console.log(
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, (v / 1048576).toFixed(1)])),
  'start rss',
  (m0.rss / 1048576).toFixed(1),
);
