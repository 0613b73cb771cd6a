import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
} from '@tanstack/react-router';
import { indicatorSearch, overviewSearch, reportSearch, rootSearch, wardSearch } from './search.ts';
import { AppShell, NotFound } from './shell/app-shell.tsx';

/**
 * The dashboard's routes. Each page is its own chunk, loaded when first visited. The language
 * (`?lang=en`) is kept on every link; each page validates its own query string (search.ts).
 */
const rootRoute = createRootRoute({
  component: AppShell,
  notFoundComponent: NotFound,
  validateSearch: rootSearch,
  search: { middlewares: [retainSearchParams(['lang'])] },
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearch,
  component: lazyRouteComponent(() => import('./pages/overview/overview-page.tsx'), 'OverviewPage'),
});

const wardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wards/$slug',
  validateSearch: wardSearch,
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

const routeTree = rootRoute.addChildren([overviewRoute, wardRoute, reportRoute, indicatorRoute]);

export function createAppRouter() {
  return createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
