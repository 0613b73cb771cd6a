-- Every audit event names the ward it concerns (null for city-wide changes such as users), so
-- the audit page can filter by ward without parsing before/after JSON. Older rows stay null:
-- the table is append-only, and their entity ids still lead to the ward.
ALTER TABLE "AuditEvent" ADD COLUMN "wardSlug" TEXT;

CREATE INDEX "AuditEvent_wardSlug_at_idx" ON "AuditEvent"("wardSlug", "at");
