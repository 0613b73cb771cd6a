-- One row per table counts the writes to the data that answers are computed from. A trigger
-- bumps its table's row in the same transaction as every statement that changes the table
-- (a row per table, not one for all: concurrent writes to different tables do not queue on one
-- row lock, and a gateway knows what to reload: one ward's results, or the catalog), so every gateway
-- sharing this database notices every write (its own, another gateway's, a script's) with one
-- cheap query, and no service has to remember to bump it. Tables that answers never read
-- (audit log, users, tokens, import jobs, sessions) are left out: signing in must not throw
-- away every stored answer.
CREATE TABLE "DataVersion" (
    "table" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("table")
);

CREATE FUNCTION "lotrinh_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "DataVersion" ("table", "version") VALUES (TG_TABLE_NAME, 1)
    ON CONFLICT ("table") DO UPDATE
        SET "version" = "DataVersion"."version" + 1, "changedAt" = CURRENT_TIMESTAMP;
    RETURN NULL;
END
$$;

-- A later migration that adds a table answers read calls this for it.
CREATE FUNCTION "lotrinh_track_data_version"(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "DataVersion" ("table") VALUES ((SELECT relname FROM pg_class WHERE oid = target))
    ON CONFLICT ("table") DO NOTHING;
    EXECUTE format(
        'CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION "lotrinh_bump_data_version"()',
        target);
END
$$;

-- Every table that exists now (this migration runs after the other 2026-11-25 ones), except
-- those answers never read.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema()
          AND tablename NOT IN ('_prisma_migrations', 'DataVersion', 'AuditEvent', 'User',
                                'UserWard', 'ApiToken', 'ImportJob', 'Session')
        ORDER BY tablename
    LOOP
        PERFORM "lotrinh_track_data_version"(format('%I', t)::regclass);
    END LOOP;
END
$$;
