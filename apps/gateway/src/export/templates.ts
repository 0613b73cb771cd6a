import { Router } from 'express';
import { TARGET_COLUMNS } from '../services/import-targets.ts';
import type { Store } from '../store/store.ts';
import { toCsv, toXlsx } from './formats.ts';
import type { ExportTable } from './tables.ts';

/**
 * The targets import template (GET /export/templates/targets.{csv|xlsx}?ward=): the columns
 * importTargets reads and, for a ward, one row per document with its ward and document filled
 * (rows with nothing else are skipped on import, so the template imports as it is).
 */
export function targetsTemplateTable(store: Store, ward?: string): ExportTable {
  const documents = ward ? store.snapshot.documents.filter((d) => d.ward === ward) : [];
  return {
    name: ward ? `mau-chi-tieu-${ward}` : 'mau-chi-tieu',
    headers: [...TARGET_COLUMNS],
    rows: documents.map((d) =>
      TARGET_COLUMNS.map((c) => (c === 'ward' ? d.ward : c === 'document' ? d.id : null)),
    ),
  };
}

export function templatesRouter(store: Store): Router {
  const router = Router();
  router.get('/targets.:format', async (req, res) => {
    const { format } = req.params;
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(400).json({ error: 'Format must be csv or xlsx.' });
      return;
    }
    const ward = typeof req.query.ward === 'string' ? req.query.ward : undefined;
    if (ward && !store.hasWard(ward)) {
      res.status(400).json({ error: `Unknown ward "${ward}".` });
      return;
    }
    const table = targetsTemplateTable(store, ward);
    res.setHeader('Content-Disposition', `attachment; filename="${table.name}.${format}"`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(table));
    else
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await toXlsx(table));
  });
  return router;
}
