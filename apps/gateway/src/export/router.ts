import { Router } from 'express';
import type { Store } from '../store/store.ts';
import { toCsv, toXlsx } from './formats.ts';
import { resultsTemplate } from './results-template.ts';
import {
  comparisonTable,
  type ExportTable,
  observationsTable,
  scorecardTable,
  targetsTable,
} from './tables.ts';

/**
 * GET /export/{scorecard|comparison|targets|observations}.{csv|xlsx}?ward=…&year=…
 * Public like the read API; served from the in-memory read model.
 */
export function exportRouter(store: Store): Router {
  const router = Router();
  // The results template of a ward and year, to fill in and import (importObservations).
  router.get('/templates/results.:format', async (req, res) => {
    const { format } = req.params;
    const ward = typeof req.query.ward === 'string' ? req.query.ward : '';
    const year = typeof req.query.year === 'string' ? Number(req.query.year) : Number.NaN;
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(400).json({ error: 'Format must be csv or xlsx.' });
      return;
    }
    if (!store.hasWard(ward)) {
      res.status(400).json({ error: `Unknown ward "${ward}": give ?ward=<slug>.` });
      return;
    }
    if (!Number.isInteger(year) || year < 2020 || year > 2050) {
      res.status(400).json({ error: 'Give ?year= between 2020 and 2050.' });
      return;
    }
    const table = resultsTemplate(store, ward, year);
    res.setHeader('Content-Disposition', `attachment; filename="${table.name}.${format}"`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(table));
    else
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await toXlsx(table));
  });
  router.get('/:dataset.:format', async (req, res) => {
    const { dataset, format } = req.params;
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(400).json({ error: 'Format must be csv or xlsx.' });
      return;
    }
    const ward = typeof req.query.ward === 'string' ? req.query.ward : undefined;
    const year = typeof req.query.year === 'string' ? Number(req.query.year) : undefined;
    if (ward && !store.hasWard(ward)) {
      res.status(400).json({ error: `Unknown ward "${ward}".` });
      return;
    }
    if (year !== undefined && (!Number.isInteger(year) || year < 2020 || year > 2050)) {
      res.status(400).json({ error: 'Year must be 2020–2050.' });
      return;
    }
    let table: ExportTable;
    if (dataset === 'scorecard') {
      if (!ward || year === undefined) {
        res.status(400).json({ error: 'The scorecard needs ?ward= and ?year=.' });
        return;
      }
      table = scorecardTable(store, ward, year);
    } else if (dataset === 'comparison') {
      if (year === undefined) {
        res.status(400).json({ error: 'The comparison needs ?year=.' });
        return;
      }
      table = comparisonTable(store, year);
    } else if (dataset === 'targets') table = targetsTable(store, ward);
    else if (dataset === 'observations') table = observationsTable(store, ward);
    else {
      res.status(404).json({
        error: `Unknown export "${dataset}": scorecard, comparison, targets or observations.`,
      });
      return;
    }
    res.setHeader('Content-Disposition', `attachment; filename="${table.name}.${format}"`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(table));
    else
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await toXlsx(table));
  });
  return router;
}
