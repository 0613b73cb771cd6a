import { compositeScore, planPeriodOf, scorecard } from '@lotrinh/indicators';
import { openDatabase, seedDatabase } from '@lotrinh/schema';
import { scoringObservations } from '../src/store/snapshot.ts';
import { Store } from '../src/store/store.ts';
import { addSyntheticUnits } from './synthetic.ts';

const db = await openDatabase({ dataDir: 'memory://' });
await seedDatabase(db.prisma);
await addSyntheticUnits(db, { count: Number(process.env.N ?? 200) });
const store = await Store.load(db.prisma);
const wards = store.snapshot.wards.map((w) => w.slug);
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  const obs = new Map(wards.map((w) => [w, scoringObservations(store.currentObservations(w))]));
  console.log('scoringObservations', performance.now() - t);
  t = performance.now();
  for (const w of wards) store.targetsOf(w);
  console.log('targetsOf', performance.now() - t);
  const pp = planPeriodOf(store.snapshot.documents);
  t = performance.now();
  let rows = 0;
  for (const w of wards)
    rows += scorecard(w, 2025, store.targetsOf(w), obs.get(w)!, { planPeriod: pp }).length;
  console.log('scorecard', performance.now() - t, rows);
}
process.exit(0);
