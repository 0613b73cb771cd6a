/**
 * The "add a ward" form's rules, the same as the API's: a slug for URLs, the Vietnamese name
 * with its diacritics (without the kind, which is chosen apart), and the kind.
 */
export const WARD_KINDS = ['PHUONG', 'XA'] as const;
export type WardKindValue = (typeof WARD_KINDS)[number];

export interface WardDraft {
  slug: string;
  nameVi: string;
  kind: WardKindValue | '';
  lineage: string;
}

export type WardField = keyof WardDraft;
export type WardProblem =
  | 'required'
  | 'slugFormat'
  | 'slugTaken'
  | 'nameHasKind'
  | 'nameNoDiacritics'
  | 'tooLong';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 120;
const MAX_LINEAGE = 2000;

/** Lower case, no diacritics, đ → d: how names are compared and slugs are made. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** "Hải An" → "hai-an": the slug suggested from the name. */
export function slugFromName(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Problems by field; an empty object means the ward can be sent. */
export function validateWard(
  draft: WardDraft,
  takenSlugs: readonly string[],
): Partial<Record<WardField, WardProblem>> {
  const problems: Partial<Record<WardField, WardProblem>> = {};
  const slug = draft.slug.trim();
  if (!slug) problems.slug = 'required';
  else if (slug.length > 60) problems.slug = 'tooLong';
  else if (slug.length < 2) problems.slug = 'slugFormat';
  else if (!SLUG_PATTERN.test(slug)) problems.slug = 'slugFormat';
  else if (takenSlugs.includes(slug)) problems.slug = 'slugTaken';

  const name = draft.nameVi.trim();
  if (!name) problems.nameVi = 'required';
  else if (name.length > MAX_NAME) problems.nameVi = 'tooLong';
  else if (/^(phường|xã|phuong|xa)\s/i.test(name)) problems.nameVi = 'nameHasKind';
  // A name typed without a Vietnamese keyboard ("Hai An") would be shown and searched wrongly
  // everywhere; every ward of Hải Phòng is written with at least one diacritic.
  else if (fold(name) === name.toLowerCase() && !/[đĐ]/.test(name))
    problems.nameVi = 'nameNoDiacritics';

  if (!draft.kind) problems.kind = 'required';
  if (draft.lineage.length > MAX_LINEAGE) problems.lineage = 'tooLong';
  return problems;
}
