import { useMutation } from '@apollo/client/react';
import { formatDateTime } from '@lotrinh/ui';
import { Link, useLocation } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditWard, useViewer } from '../../auth/use-viewer.ts';
import { UPDATE_TASK_STATUS } from './task-mutations.ts';

export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskChange {
  from: TaskStatus;
  to: TaskStatus;
  note: string | null;
  evidence: string | null;
  at: unknown;
  by: string | null;
}

/** Who changed the task, when, old → new, with the note and evidence; oldest first. */
export function TaskHistory({ history }: { history: readonly TaskChange[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="task-history-empty">{t('tasks.historyEmpty')}</p>;
  return (
    <ol className="task-history">
      {history.map((c) => (
        <li key={`${String(c.at)}${c.to}`}>
          <time dateTime={String(c.at)}>{formatDateTime(new Date(String(c.at)))}</time> ·{' '}
          {c.by ?? t('tasks.unknownUser')}: {t(`taskStatus.${c.from}`)} → {t(`taskStatus.${c.to}`)}
          {c.note ? (
            <>
              {' '}
              · {t('tasks.note')}: {c.note}
            </>
          ) : null}
          {c.evidence ? (
            <>
              {' '}
              · {t('tasks.evidence')}: <span className="evidence">{c.evidence}</span>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * A task's history, and for those allowed (city administrators; ward editors in their wards) a
 * form for a new status with a note and evidence. Evidence is required to mark a task done,
 * as the API requires; the API's own message is shown if it refuses anyway.
 */
export function TaskProgress({
  task,
  slug,
}: {
  task: { id: string; code: string; status: TaskStatus; history: readonly TaskChange[] };
  slug: string;
}) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const formId = useId();
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading: saving }] = useMutation(UPDATE_TASK_STATUS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (status === task.status) return setProblem(t('tasks.form.unchanged'));
    if (status === 'DONE' && evidence.trim() === '')
      return setProblem(t('tasks.form.evidenceRequired'));
    setProblem(null);
    try {
      const res = await update({
        variables: {
          taskId: task.id,
          status,
          note: note.trim() || null,
          evidence: evidence.trim() || null,
        },
      });
      const answer = res.data?.updateTaskStatus;
      if (answer?.__typename === 'MutationUpdateTaskStatusSuccess') {
        setNote('');
        setEvidence('');
        setSaved(true);
      } else setProblem(answer && 'message' in answer ? answer.message : t('state.error.server'));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : t('state.error.server'));
    }
  };

  const ids = { status: `${formId}-s`, note: `${formId}-n`, evidence: `${formId}-e` };
  return (
    <div className="task-progress">
      <h3 className="task-progress-heading">{t('tasks.historyHeading', { code: task.code })}</h3>
      <TaskHistory history={task.history} />
      {loading ? null : !viewer ? (
        <p>
          <Link to="/sign-in" search={{ redirect: location.href }}>
            {t('tasks.signInToUpdate')}
          </Link>
        </p>
      ) : !canEditWard(viewer, slug) ? (
        <p className="muted">{t('tasks.noPermission')}</p>
      ) : (
        <form className="task-form" onSubmit={(e) => void submit(e)} noValidate>
          <span className="control">
            <label htmlFor={ids.status}>{t('tasks.form.status')}</label>
            <select
              id={ids.status}
              value={status}
              onChange={(e) => setStatus(e.target.value as TaskStatus)}
            >
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`taskStatus.${s}`)}
                </option>
              ))}
            </select>
          </span>
          <span className="control">
            <label htmlFor={ids.note}>{t('tasks.form.note')}</label>
            <textarea
              id={ids.note}
              value={note}
              maxLength={2000}
              rows={2}
              onChange={(e) => setNote(e.target.value)}
            />
          </span>
          <span className="control">
            <label htmlFor={ids.evidence}>
              {t('tasks.form.evidence')}
              {status === 'DONE' ? ` (${t('tasks.form.required')})` : ''}
            </label>
            <input
              id={ids.evidence}
              value={evidence}
              maxLength={500}
              placeholder={t('tasks.form.evidenceHint')}
              aria-required={status === 'DONE'}
              aria-invalid={problem !== null && status === 'DONE' && evidence.trim() === ''}
              onChange={(e) => setEvidence(e.target.value)}
            />
          </span>
          <button type="submit" disabled={saving}>
            {saving ? t('tasks.form.saving') : t('tasks.form.save')}
          </button>
          <p role="status" aria-live="polite" className="task-form-status">
            {problem ? <strong className="form-error">{problem}</strong> : null}
            {saved && !problem ? t('tasks.form.saved') : null}
          </p>
        </form>
      )}
    </div>
  );
}
