import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormStatus } from './form-field.tsx';
import { mutationMessage } from './mutation-error.ts';
import { WITHDRAW_TARGET } from './queries.ts';
import { failureText, outcome } from './write-outcome.ts';

export interface AdminTarget {
  id: string;
  year: number;
  display: string;
  wording: string;
  withdrawn: boolean;
  withdrawReason?: string | null;
  indicator: { code: string; name: string };
  provenance: { section: string; row: string; line: number; lineEnd?: number | null; text: string };
}

/** A ward's targets with where each is printed; withdrawn ones stay, marked, with the reason. */
export function TargetsTable({ targets }: { targets: readonly AdminTarget[] }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  if (targets.length === 0) return <p className="table-empty">{t('admin.targets.empty')}</p>;
  const sorted = [...targets].sort(
    (a, b) => a.indicator.name.localeCompare(b.indicator.name, 'vi') || a.year - b.year,
  );
  return (
    <div className="table-scroll">
      <table className="table admin-targets">
        <thead>
          <tr>
            <th scope="col">{t('admin.targets.indicator')}</th>
            <th scope="col" className="num">
              {t('admin.targets.year')}
            </th>
            <th scope="col">{t('admin.targets.target')}</th>
            <th scope="col">{t('admin.targets.source')}</th>
            <th scope="col">{t('admin.targets.state')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((x) => {
            const p = x.provenance;
            const lines =
              p.lineEnd && p.lineEnd > p.line ? `${p.line}–${p.lineEnd}` : String(p.line);
            return (
              <tr key={x.id} className={x.withdrawn ? 'withdrawn' : undefined}>
                <th scope="row">
                  {x.indicator.name}
                  <br />
                  <small>{x.wording}</small>
                </th>
                <td className="num">{x.year}</td>
                <td>{x.display}</td>
                <td>
                  <small>
                    {[
                      p.section,
                      p.row ? t('source.row', { row: p.row }) : null,
                      t('admin.targets.lines', { lines }),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </small>
                  <blockquote className="printed">{p.text}</blockquote>
                </td>
                <td>
                  {x.withdrawn ? (
                    <span className="badge badge-withdrawn">
                      {t('admin.targets.withdrawn', { reason: x.withdrawReason ?? '' })}
                    </span>
                  ) : withdrawing === x.id ? (
                    <WithdrawForm
                      target={x}
                      onDone={() => setWithdrawing(null)}
                      onCancel={() => setWithdrawing(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setWithdrawing(x.id)}
                      aria-label={t('admin.targets.withdrawLabel', {
                        indicator: x.indicator.name,
                        year: x.year,
                      })}
                    >
                      {t('admin.targets.withdraw')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function WithdrawForm({
  target,
  onDone,
  onCancel,
}: {
  target: AdminTarget;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [withdraw, { loading, error }] = useMutation(WITHDRAW_TARGET, {
    refetchQueries: ['AdminWard', 'AdminWards'],
    awaitRefetchQueries: true,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    const result = await withdraw({ variables: { id: target.id, reason: reason.trim() } }).catch(
      () => null,
    );
    const answer = outcome(result?.data?.withdrawTarget);
    setFailure(answer && !answer.ok ? failureText(answer.failure) : null);
    if (answer?.ok) onDone();
  };
  return (
    <form onSubmit={submit} noValidate className="withdraw-form">
      <Field
        label={t('admin.targets.reason')}
        error={missing && !reason.trim() ? t('admin.targets.reasonRequired') : null}
      >
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={loading}>
          {t('admin.targets.confirmWithdraw')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
      <FormStatus error={failure ?? (error ? mutationMessage(error, t) : null)} />
    </form>
  );
}
