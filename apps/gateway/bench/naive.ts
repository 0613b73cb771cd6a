// The five-ward comparison as a naive GraphQL server would build it: every field its own
// resolver, every resolver its own database query, nothing kept in memory. Bench-only, to
// show what the read model and the stored answers buy (`compare5_vs_naive_ratio`).
import type { PrismaClient } from '@lotrinh/schema';
import { buildSchema, graphql } from 'graphql';

const schema = buildSchema(`
  type Query { compareWards(year: Int!): Comparison! }
  type Comparison { year: Int! wards: [Ward!]! cells: [Cell!]! }
  type Ward { slug: ID! name: String! }
  type Indicator { code: ID! name: String! unit: String! }
  type Cell { ward: Ward! indicator: Indicator! entry: Entry! }
  type Entry { status: String! expected: Float result: Float attainment: Float }
`);

export const NAIVE_COMPARE = `query Compare($year: Int!) { compareWards(year: $year) {
  year wards { slug name }
  cells { ward { slug name } indicator { code name unit } entry { status expected result attainment } }
} }`;

export function naiveCompare(prisma: PrismaClient, year: number) {
  const ward = (slug: string) => async () => {
    const w = await prisma.ward.findUniqueOrThrow({ where: { slug } });
    return { slug: w.slug, name: w.nameVi };
  };
  const indicator = (code: string) => async () => {
    const i = await prisma.indicator.findUniqueOrThrow({ where: { code } });
    return { code: i.code, name: i.nameVi, unit: i.unit };
  };
  const entry = (wardSlug: string, indicatorCode: string) => async () => {
    const target = await prisma.target.findFirst({
      where: { wardSlug, indicatorCode, year: { gte: year }, value: { not: null } },
      orderBy: { year: 'asc' },
    });
    const result = await prisma.observation.findFirst({
      where: { wardSlug, indicatorCode, year, quarter: 0, month: 0, correctedBy: null },
      orderBy: { version: 'desc' },
    });
    const expected = target?.value == null ? null : Number(target.value);
    const value = result?.value == null ? null : Number(result.value);
    const attainment = expected && value !== null ? value / expected : null;
    const status =
      value === null
        ? 'not-reported'
        : attainment === null
          ? 'no-target'
          : attainment >= 1
            ? 'achieved'
            : 'behind';
    return { status, expected, result: value, attainment };
  };
  const rootValue = {
    compareWards: () => ({
      year,
      wards: async () =>
        (await prisma.ward.findMany()).map((w) => ({ slug: w.slug, name: w.nameVi })),
      cells: async () => {
        const pairs = await prisma.target.findMany({
          select: { wardSlug: true, indicatorCode: true },
          distinct: ['wardSlug', 'indicatorCode'],
        });
        return pairs.map((p) => ({
          ward: ward(p.wardSlug),
          indicator: indicator(p.indicatorCode),
          entry: entry(p.wardSlug, p.indicatorCode),
        }));
      },
    }),
  };
  return graphql({ schema, source: NAIVE_COMPARE, rootValue, variableValues: { year } });
}
