import type { ApolloClient } from '@apollo/client';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
} from '@tanstack/react-router';
import { DOCUMENTS_QUERY } from './api/documents.ts';
import { currentYear, overviewVariables } from './pages/overview/current-year.ts';
import { OVERVIEW_QUERY } from './pages/overview/queries.ts';
import {
  CITY_PILLARS_QUERY,
  SCORECARD_QUERY,
  TASKS_QUERY,
  WARD_QUERY,
} from './pages/ward/queries.ts';
import {
  auditSearch,
  entrySearch,
  importSearch,
  indicatorSearch,
  overviewSearch,
  reportSearch,
  rootSearch,
  signInSearch,
  wardSearch,
} from './search.ts';
import { AppShell, NotFound } from './shell/app-shell.tsx';

export interface RouterContext {
  apollo: ApolloClient;
}

/**
 * The dashboard's routes. Each page is its own chunk, loaded when first visited. The language
 * (`?lang=en`) is kept on every link; each page validates its own query string (search.ts).
 */
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: NotFound,
  validateSearch: rootSearch,
  search: { middlewares: [retainSearchParams(['lang'])] },
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearch,
  loaderDeps: ({ search }) => ({
    year: search.year ?? currentYear(),
    pillar: search.pillar ?? null,
  }),
  loader: ({ context, deps }) => {
    void context.apollo
      .query({
        query: OVERVIEW_QUERY,
        variables: overviewVariables(deps.year, deps.pillar),
      })
      .catch(() => {});
  },
  component: lazyRouteComponent(() => import('./pages/overview/overview-page.tsx'), 'OverviewPage'),
});

const wardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards/$slug',
  validateSearch: wardSearch,
  loaderDeps: ({ search }) => ({ year: search.year }),
  // Starts the page's data requests while its code is still downloading (not awaited: the page
  // shows its own loading state); the page's useQuery then finds them in flight or cached.
  // Every query the page makes goes out at once, in one round trip's time: asked for by the
  // components as they render, they came in a second wave after the first answers (bench:
  // ward_page_interactive_cold_median), each answer re-rendering the page again.
  loader: ({ context, params, deps }) => {
    const load = (request: Promise<unknown>) => void request.catch(() => {});
    const ward = params.slug;
    load(context.apollo.query({ query: WARD_QUERY, variables: { ward } }));
    load(context.apollo.query({ query: TASKS_QUERY, variables: { ward } }));
    load(context.apollo.query({ query: DOCUMENTS_QUERY }));
    if (deps.year !== undefined) {
      load(context.apollo.query({ query: SCORECARD_QUERY, variables: { ward, year: deps.year } }));
      load(context.apollo.query({ query: CITY_PILLARS_QUERY, variables: { year: deps.year } }));
    }
  },
  component: lazyRouteComponent(() => import('./pages/ward/ward-page.tsx'), 'WardPage'),
});

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards/$slug/report',
  validateSearch: reportSearch,
  component: lazyRouteComponent(() => import('./pages/report/report-page.tsx'), 'ReportPage'),
});

const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/indicators/$code',
  validateSearch: indicatorSearch,
  component: lazyRouteComponent(
    () => import('./pages/indicator/indicator-page.tsx'),
    'IndicatorPage',
  ),
});

// ── Sign-in and administration (sessions) ──
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearch,
  component: lazyRouteComponent(() => import('./pages/sign-in/sign-in-page.tsx'), 'SignInPage'),
});

const passwordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account/password',
  validateSearch: signInSearch,
  component: lazyRouteComponent(() => import('./pages/account/password-page.tsx'), 'PasswordPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('./pages/admin-users/users-page.tsx'), 'UsersPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/audit',
  validateSearch: auditSearch,
  component: lazyRouteComponent(() => import('./pages/admin-audit/audit-page.tsx'), 'AuditPage'),
});

// ── Results entry and import (entry) ──
const entryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards/$slug/enter',
  validateSearch: entrySearch,
  component: lazyRouteComponent(() => import('./pages/entry/entry-page.tsx'), 'EntryPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards/$slug/import',
  validateSearch: importSearch,
  component: lazyRouteComponent(() => import('./pages/import/import-page.tsx'), 'ImportPage'),
});

// City administrators' pages (engineer E): wards, their documents and targets, and the review
// of the extractor's proposals. Each checks the viewer's role itself.
const adminWardsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/wards',
  component: lazyRouteComponent(() => import('./pages/admin/wards-page.tsx'), 'AdminWardsPage'),
});

const adminWardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/wards/$slug',
  component: lazyRouteComponent(() => import('./pages/admin/ward-admin-page.tsx'), 'AdminWardPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/documents/$id/review',
  component: lazyRouteComponent(() => import('./pages/review/review-page.tsx'), 'ReviewPage'),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  wardRoute,
  reportRoute,
  indicatorRoute,
  signInRoute,
  passwordRoute,
  usersRoute,
  auditRoute,
  entryRoute,
  importRoute,
  adminWardsRoute,
  adminWardRoute,
  reviewRoute,
]);

export function createAppRouter(apollo: ApolloClient) {
  return createRouter({
    routeTree,
    context: { apollo },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
