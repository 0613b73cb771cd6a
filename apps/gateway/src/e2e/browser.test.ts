import { describe, expect, it } from 'vitest';
import { useProduct } from './support.ts';

/** The analyst's path: the GraphQL explorer a browser gets at /graphql. (Dashboard pages: dashboard.test.ts.) */
const product = useProduct();

describe('in a browser', () => {
  it('lets an analyst open /graphql and run the five-ward comparison with its sources', async () => {
    // A Vietnamese browser: names come back in Vietnamese (Accept-Language).
    const page = await product.current.browser.newPage({ locale: 'vi-VN' });
    const explorer = await page.goto(`${product.current.url}/graphql`);
    expect(explorer?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const run = page.getByRole('button', { name: /Execute query/ });
    await run.waitFor({ timeout: 30_000 });
    // Monaco loads the example document after the button appears: run only once it is there.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 30_000 })
      .toContain('compareWards');
    const response = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('CompareWards'),
    );
    await run.click();
    const body = (await (await response).json()) as {
      data: {
        compareWards: {
          wards: { slug: string }[];
          ranking: { withheld: boolean; reason: string };
          cells: {
            entry: {
              expected: {
                targets: { provenance: { file: string; line: number; text: string } }[];
              } | null;
            } | null;
          }[];
        };
      };
    };
    const comparison = body.data.compareWards;
    expect(comparison.wards.map((w) => w.slug)).toEqual([
      'hai-an',
      'hong-an',
      'thanh-mien',
      'chu-van-an',
      'hong-bang',
    ]);
    expect(comparison.ranking.withheld).toBe(true);
    expect(comparison.ranking.reason).toContain('1/5');
    const sources = comparison.cells.flatMap(
      (c) => c.entry?.expected?.targets.map((t) => t.provenance) ?? [],
    );
    expect(sources).toContainEqual(
      expect.objectContaining({
        file: '003_398e4fa2e8d18aa8.txt',
        row: '14.',
        line: 325,
        text: 'Có ≥ 70% giao dịch hành chính',
      }),
    );
    // The result is shown in the explorer's result pane.
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 20_000 })
      .toContain('compareWards');
    await page.close();
  });
});
