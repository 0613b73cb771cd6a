/**
 * The one way a failure is shown: what failed, why, and "try again" only when trying again can
 * help (a dropped connection, a busy server), never for a bad address or an unknown ward.
 */
export function ErrorNotice({
  title,
  detail,
  retryLabel,
  onRetry,
}: {
  title: string;
  detail?: string;
  retryLabel: string;
  onRetry?: () => void;
}) {
  return (
    <div role="alert" className="error-notice">
      <p className="error-title">{title}</p>
      {detail ? <p className="error-detail">{detail}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
