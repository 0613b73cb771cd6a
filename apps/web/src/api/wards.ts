import type { TFunction } from 'i18next';

/**
 * "phường Hải An" in Vietnamese, "Hải An ward" in English: the kind is translated, the proper
 * name never is (wards are always queried by `nameVi`, diacritics kept).
 */
export function wardLabel(ward: { kind: string; name: string }, t: TFunction): string {
  return t(ward.kind === 'xã' ? 'wardKind.commune' : 'wardKind.ward', { name: ward.name });
}
