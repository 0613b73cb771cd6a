import { requireViewer, type Viewer } from '../auth/viewer.ts';
import { type Context, pick } from '../context.ts';
import { ForbiddenError } from './errors.ts';

/**
 * The catalog (wards, documents, targets) is the city's: only city administrators change it.
 * Anonymous callers get UNAUTHENTICATED; signed-in others a ForbiddenError result.
 */
export function requireCityAdmin(ctx: Pick<Context, 'viewer' | 'lang'>): Viewer {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.role !== 'city_admin')
    throw new ForbiddenError(
      pick(
        ctx,
        'Chỉ quản trị viên thành phố được thêm, sửa phường, xã, văn bản và chỉ tiêu.',
        'Only city administrators add or change wards, documents and targets.',
      ),
    );
  return viewer;
}
