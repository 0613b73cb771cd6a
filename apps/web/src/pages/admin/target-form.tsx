import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineCitation } from './document-text.tsx';
import { Field } from './form-field.tsx';
import {
  COMPARATORS,
  checkTarget,
  DIRECTIONS,
  type TargetDraft,
  type TargetField,
  type TargetInputValue,
  type TargetProblem,
  UNITS,
} from './target-form.ts';
import { fold } from './ward-form.ts';

export interface CatalogIndicator {
  code: string;
  name: string;
  unit: string;
  pillar: { code: string };
}

const NEW = '__new__';

/**
 * One target: the indicator from the catalog (searchable) or a new one proposed for review, the
 * figure, and the printed text, cited by selecting lines in the document beside the form (or by
 * typing the lines, for keyboard users). Used to add a target and to edit a proposal.
 */
export function TargetForm({
  initial,
  ward,
  document,
  lines,
  catalog,
  pillars,
  selection,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: TargetDraft;
  ward: string;
  document: string;
  lines: readonly string[];
  catalog: readonly CatalogIndicator[];
  pillars: readonly { code: string; name: string }[];
  selection: LineCitation | null;
  submitLabel: string;
  busy?: boolean;
  onSubmit: (input: TargetInputValue, draft: TargetDraft) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TargetDraft>(initial);
  const [search, setSearch] = useState('');
  const [problems, setProblems] = useState<Partial<Record<TargetField, TargetProblem>>>({});
  const set = (patch: Partial<TargetDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // A new selection in the document becomes this target's citation.
  useEffect(() => {
    if (selection)
      setDraft((d) => ({
        ...d,
        line: selection.line,
        lineEnd: selection.lineEnd,
        sourceText: selection.sourceText,
      }));
  }, [selection]);

  const matches = useMemo(() => {
    const q = fold(search.trim());
    return catalog.filter((i) => !q || fold(`${i.code} ${i.name}`).includes(q)).slice(0, 50);
  }, [catalog, search]);
  const chosen = catalog.find((i) => i.code === draft.indicator);
  const options = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;

  const problem = (f: TargetField) =>
    problems[f] ? t(`admin.target.problem.${problems[f]}`) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = checkTarget(draft, { ward, document, lines });
    if (!check.ok) {
      setProblems(check.problems);
      return;
    }
    setProblems({});
    onSubmit(check.input, draft);
  };
  const lineNumber = (v: string) => (v.trim() === '' ? null : Number.parseInt(v, 10) || null);

  return (
    <form className="target-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('admin.target.indicatorLegend')}</legend>
        <Field label={t('admin.target.search')}>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Field>
        <Field
          label={t('admin.target.indicator')}
          error={problem('indicator')}
          hint={t('admin.target.matches', { count: matches.length })}
        >
          <select
            value={draft.proposed ? NEW : (draft.indicator ?? '')}
            onChange={(e) => {
              const v = e.target.value;
              if (v === NEW)
                set({
                  indicator: null,
                  proposed: draft.proposed ?? {
                    nameVi: '',
                    nameEn: '',
                    unit: draft.unit,
                    direction: 'HIGHER',
                    pillar: '',
                  },
                });
              else {
                const ind = catalog.find((i) => i.code === v);
                set({
                  indicator: v || null,
                  proposed: null,
                  unit: ind ? (ind.unit as TargetDraft['unit']) : draft.unit,
                });
              }
            }}
          >
            <option value="">{t('admin.target.choose')}</option>
            {options.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name} ({i.code})
              </option>
            ))}
            <option value={NEW}>{t('admin.target.proposeNew')}</option>
          </select>
        </Field>
        {draft.proposed && (
          <div className="field-row">
            <Field label={t('admin.target.newName')} error={problem('proposedName')}>
              <input
                value={draft.proposed.nameVi}
                onChange={(e) =>
                  draft.proposed && set({ proposed: { ...draft.proposed, nameVi: e.target.value } })
                }
              />
            </Field>
            <Field label={t('admin.target.newNameEn')}>
              <input
                value={draft.proposed.nameEn}
                onChange={(e) =>
                  draft.proposed && set({ proposed: { ...draft.proposed, nameEn: e.target.value } })
                }
              />
            </Field>
            <Field label={t('admin.target.newUnit')} error={problem('proposedUnit')}>
              <select
                value={draft.proposed.unit}
                onChange={(e) =>
                  draft.proposed &&
                  set({
                    proposed: { ...draft.proposed, unit: e.target.value as TargetDraft['unit'] },
                  })
                }
              >
                <option value="">{t('admin.target.choose')}</option>
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`admin.unit.${u}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('admin.target.newDirection')}>
              <select
                value={draft.proposed.direction}
                onChange={(e) =>
                  draft.proposed &&
                  set({
                    proposed: {
                      ...draft.proposed,
                      direction: e.target.value as (typeof DIRECTIONS)[number],
                    },
                  })
                }
              >
                {DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`admin.direction.${d}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('admin.target.newPillar')} error={problem('proposedPillar')}>
              <select
                value={draft.proposed.pillar}
                onChange={(e) =>
                  draft.proposed && set({ proposed: { ...draft.proposed, pillar: e.target.value } })
                }
              >
                <option value="">{t('admin.target.choose')}</option>
                {pillars.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('admin.target.figureLegend')}</legend>
        <div className="field-row">
          <Field label={t('admin.target.year')} error={problem('year')}>
            <input
              inputMode="numeric"
              value={draft.year}
              onChange={(e) => set({ year: e.target.value })}
              size={6}
            />
          </Field>
          <Field label={t('admin.target.kind')}>
            <select
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as TargetDraft['kind'] })}
            >
              <option value="QUANTITATIVE">{t('admin.target.kindTarget')}</option>
              <option value="QUALITATIVE">{t('admin.target.kindQualitative')}</option>
            </select>
          </Field>
          {draft.kind === 'QUANTITATIVE' && (
            <>
              <Field label={t('admin.target.comparator')}>
                <select
                  value={draft.comparator}
                  onChange={(e) => set({ comparator: e.target.value as TargetDraft['comparator'] })}
                >
                  {COMPARATORS.map((c) => (
                    <option key={c} value={c}>
                      {t(`admin.comparator.${c}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field
                label={t(
                  draft.comparator === 'RANGE' ? 'admin.target.valueLow' : 'admin.target.value',
                )}
                hint={t('admin.target.valueHint')}
                error={problem('value')}
              >
                <input
                  inputMode="decimal"
                  value={draft.value}
                  onChange={(e) => set({ value: e.target.value })}
                  size={10}
                />
              </Field>
              {draft.comparator === 'RANGE' && (
                <Field label={t('admin.target.valueHigh')} error={problem('valueHigh')}>
                  <input
                    inputMode="decimal"
                    value={draft.valueHigh}
                    onChange={(e) => set({ valueHigh: e.target.value })}
                    size={10}
                  />
                </Field>
              )}
            </>
          )}
          <Field label={t('admin.target.unit')}>
            <select
              value={draft.unit}
              onChange={(e) => set({ unit: e.target.value as TargetDraft['unit'] })}
            >
              <option value="">{t('admin.target.unitOfIndicator')}</option>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`admin.unit.${u}`)}
                </option>
              ))}
            </select>
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.recurring}
              onChange={(e) => set({ recurring: e.target.checked })}
            />{' '}
            {t('admin.target.recurring')}
          </label>
        </div>
        <Field label={t('admin.target.leadAgency')}>
          <input value={draft.leadAgency} onChange={(e) => set({ leadAgency: e.target.value })} />
        </Field>
        <Field label={t('admin.target.wording')} error={problem('wording')}>
          <textarea
            rows={2}
            value={draft.wording}
            onChange={(e) => set({ wording: e.target.value })}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('admin.target.sourceLegend')}</legend>
        <div className="field-row">
          <Field label={t('admin.target.section')} error={problem('section')}>
            <input value={draft.section} onChange={(e) => set({ section: e.target.value })} />
          </Field>
          <Field label={t('admin.target.row')} error={problem('row')}>
            <input value={draft.row} onChange={(e) => set({ row: e.target.value })} size={6} />
          </Field>
          <Field label={t('admin.target.line')}>
            <input
              inputMode="numeric"
              value={draft.line ?? ''}
              onChange={(e) => set({ line: lineNumber(e.target.value) })}
              size={6}
            />
          </Field>
          <Field label={t('admin.target.lineEnd')}>
            <input
              inputMode="numeric"
              value={draft.lineEnd ?? ''}
              onChange={(e) => set({ lineEnd: lineNumber(e.target.value) })}
              size={6}
            />
          </Field>
        </div>
        <Field
          label={t('admin.target.sourceText')}
          hint={t('admin.target.sourceHint')}
          error={problem('sourceText')}
        >
          <textarea
            rows={2}
            value={draft.sourceText}
            onChange={(e) => set({ sourceText: e.target.value })}
          />
        </Field>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
