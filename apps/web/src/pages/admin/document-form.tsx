import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormStatus } from './form-field.tsx';
import { mutationMessage } from './mutation-error.ts';
import { ADD_DOCUMENT } from './queries.ts';
import { readTextFile, type TextFileProblem } from './text-file.ts';
import { failureText, outcome } from './write-outcome.ts';

interface DocumentDraft {
  kind: 'PLAN' | 'REPORT';
  numberAsPrinted: string;
  dateAsPrinted: string;
  titleVi: string;
  periodStart: string;
  periodEnd: string;
}

type DocField = keyof DocumentDraft | 'file';

const EMPTY: DocumentDraft = {
  kind: 'PLAN',
  numberAsPrinted: '',
  dateAsPrinted: '',
  titleVi: '',
  periodStart: '',
  periodEnd: '',
};

const year = (s: string) => (/^20\d\d$/.test(s.trim()) ? Number(s) : null);

function check(d: DocumentDraft, file: { ok: boolean } | null): Partial<Record<DocField, string>> {
  const p: Partial<Record<DocField, string>> = {};
  if (!d.numberAsPrinted.trim()) p.numberAsPrinted = 'required';
  if (!d.dateAsPrinted.trim()) p.dateAsPrinted = 'required';
  if (!d.titleVi.trim()) p.titleVi = 'required';
  const start = year(d.periodStart);
  const end = year(d.periodEnd);
  if (start === null) p.periodStart = 'year';
  if (end === null) p.periodEnd = 'year';
  else if (start !== null && end < start) p.periodEnd = 'periodOrder';
  if (!file) p.file = 'required';
  return p;
}

/**
 * Adds a plan or report with its text: the .txt file is read here (File API) and refused with
 * its reason (size, encoding, not text) before anything is sent.
 */
export function DocumentForm({ ward, onAdded }: { ward: string; onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DocumentDraft>(EMPTY);
  const [file, setFile] = useState<
    | { ok: true; name: string; text: string; lineCount: number; bytes: number }
    | { ok: false; name: string; problem: TextFileProblem }
    | null
  >(null);
  const [problems, setProblems] = useState<Partial<Record<DocField, string>>>({});
  const [added, setAdded] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // A file input cannot be cleared by state: a new key gives a new, empty one.
  const [generation, setGeneration] = useState(0);
  const [addDocument, { loading, error }] = useMutation(ADD_DOCUMENT, {
    refetchQueries: ['AdminWard', 'AdminWards', 'Documents'],
    awaitRefetchQueries: true,
  });

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return setFile(null);
    const result = await readTextFile(chosen);
    setFile(result.ok ? { ...result, name: chosen.name } : { ...result, name: chosen.name });
  };

  const fileProblem = (): string | null => {
    if (file && !file.ok) {
      const p = file.problem;
      return t(`admin.documents.fileProblem.${p.kind}`, {
        size: p.kind === 'tooLarge' ? (p.bytes / 1024 / 1024).toFixed(1).replace('.', ',') : '',
        offset: p.kind === 'notUtf8' ? p.offset : '',
      });
    }
    return problems.file ? t(`admin.documents.problem.${problems.file}`) : null;
  };
  const problem = (f: keyof DocumentDraft) =>
    problems[f] ? t(`admin.documents.problem.${problems[f]}`) : null;
  const set = (patch: Partial<DocumentDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = check(draft, file);
    setProblems(p);
    if (Object.keys(p).length > 0 || !file?.ok) return;
    const result = await addDocument({
      variables: {
        input: {
          ward,
          kind: draft.kind,
          numberAsPrinted: draft.numberAsPrinted.trim(),
          dateAsPrinted: draft.dateAsPrinted.trim(),
          titleVi: draft.titleVi.trim(),
          periodStart: Number(draft.periodStart),
          periodEnd: Number(draft.periodEnd),
          fileName: file.name,
          text: file.text,
        },
      },
    }).catch(() => null);
    const answer = outcome(result?.data?.addDocument);
    setFailure(answer && !answer.ok ? failureText(answer.failure) : null);
    const id = answer?.ok ? answer.data.id : null;
    if (id) {
      setAdded(draft.titleVi.trim());
      setDraft(EMPTY);
      setFile(null);
      setGeneration((g) => g + 1);
      onAdded(id);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="admin-form">
      <div className="field-row">
        <Field label={t('admin.documents.kind')}>
          <select
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as DocumentDraft['kind'] })}
          >
            <option value="PLAN">{t('admin.documents.kindPlan')}</option>
            <option value="REPORT">{t('admin.documents.kindReport')}</option>
          </select>
        </Field>
        <Field
          label={t('admin.documents.number')}
          hint={t('admin.documents.numberHint')}
          error={problem('numberAsPrinted')}
        >
          <input
            value={draft.numberAsPrinted}
            onChange={(e) => set({ numberAsPrinted: e.target.value })}
          />
        </Field>
        <Field
          label={t('admin.documents.date')}
          hint={t('admin.documents.dateHint')}
          error={problem('dateAsPrinted')}
        >
          <input
            value={draft.dateAsPrinted}
            onChange={(e) => set({ dateAsPrinted: e.target.value })}
          />
        </Field>
      </div>
      <Field label={t('admin.documents.titleVi')} error={problem('titleVi')}>
        <input value={draft.titleVi} onChange={(e) => set({ titleVi: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field label={t('admin.documents.periodStart')} error={problem('periodStart')}>
          <input
            inputMode="numeric"
            size={6}
            value={draft.periodStart}
            onChange={(e) => set({ periodStart: e.target.value })}
          />
        </Field>
        <Field label={t('admin.documents.periodEnd')} error={problem('periodEnd')}>
          <input
            inputMode="numeric"
            size={6}
            value={draft.periodEnd}
            onChange={(e) => set({ periodEnd: e.target.value })}
          />
        </Field>
      </div>
      <Field
        label={t('admin.documents.file')}
        hint={
          file?.ok
            ? t('admin.documents.fileRead', {
                name: file.name,
                lines: file.lineCount,
                size: (file.bytes / 1024).toFixed(0),
              })
            : t('admin.documents.fileHint')
        }
        error={fileProblem()}
      >
        <input
          key={generation}
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={loading}>
          {loading ? t('admin.saving') : t('admin.documents.add')}
        </button>
      </div>
      <FormStatus
        error={failure ?? (error ? mutationMessage(error, t) : null)}
        success={added ? t('admin.documents.added', { title: added }) : null}
      />
    </form>
  );
}
