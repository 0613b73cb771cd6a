import { useQuery } from '@apollo/client/react';
import { VIEWER_QUERY } from './queries.ts';

export type ViewerRole = 'CITY_ADMIN' | 'WARD_EDITOR' | 'VIEWER';

/** The signed-in person as the dashboard sees them. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: ViewerRole;
  /** Wards a ward editor may change (empty for other roles). */
  wards: string[];
  /** Signed in with a password an administrator chose: the gateway refuses writes until it changes. */
  mustChangePassword: boolean;
}

/**
 * The signed-in user from the session cookie (`me`), shared through Apollo's cache: every
 * component asking gets the same answer with one request. `viewer` is null when signed out (or
 * while the first answer is loading: check `loading` before showing "sign in").
 */
export function useViewer(): { viewer: Viewer | null; loading: boolean } {
  const { data, loading } = useQuery(VIEWER_QUERY, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  return {
    viewer: me
      ? {
          id: me.id,
          name: me.name,
          email: me.email,
          role: me.role,
          wards: [...me.wards],
          mustChangePassword: me.mustChangePassword,
        }
      : null,
    loading,
  };
}

/** The gateway's rule, mirrored for the UI: city administrators everywhere, ward editors in theirs. */
export function canEditWard(viewer: Viewer | null, slug: string): boolean {
  if (!viewer) return false;
  if (viewer.role === 'CITY_ADMIN') return true;
  return viewer.role === 'WARD_EDITOR' && viewer.wards.includes(slug);
}
