-- Besides bumping its table's row in "DataVersion", every write now also sends a notification
-- on channel "lotrinh_data_version", delivered when the transaction commits (never for one that
-- rolls back). Its payload is the table and the writing connection's application_name, so a
-- gateway (which names its connections) can ignore its own writes and pick up every other
-- gateway's at once instead of at its next poll. Polling "DataVersion" stays: it catches what
-- a gateway missed while its listening connection was down.
CREATE OR REPLACE FUNCTION "lotrinh_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "DataVersion" ("table", "version") VALUES (TG_TABLE_NAME, 1)
    ON CONFLICT ("table") DO UPDATE
        SET "version" = "DataVersion"."version" + 1, "changedAt" = CURRENT_TIMESTAMP;
    PERFORM pg_notify(
        'lotrinh_data_version',
        TG_TABLE_NAME || ' ' || coalesce(current_setting('application_name', true), ''));
    RETURN NULL;
END
$$;
