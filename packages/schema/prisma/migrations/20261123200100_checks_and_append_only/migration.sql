-- Constraints Prisma's schema language cannot express: value ranges by unit, period shapes,
-- version chains, and append-only tables. Kept in their own migration so the first one stays
-- exactly what Prisma Migrate would generate from schema.prisma.

-- Documents and catalog
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_period_check" CHECK ("periodEnd" >= "periodStart" AND "line" >= 1);
ALTER TABLE "Pillar" ADD CONSTRAINT "Pillar_weight_check" CHECK ("weight" >= 0 AND "weight" <= 1);

-- Targets: quantitative ones need comparator, value and unit; ranges an upper bound above the lower.
ALTER TABLE "Target" ADD CONSTRAINT "Target_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "Target" ADD CONSTRAINT "Target_source_line_check" CHECK ("sourceLine" >= 1 AND ("sourceLineEnd" IS NULL OR "sourceLineEnd" >= "sourceLine"));
ALTER TABLE "Target" ADD CONSTRAINT "Target_shape_check" CHECK (
  ("kind" = 'qualitative' AND "comparator" IS NULL AND "value" IS NULL AND "valueHigh" IS NULL)
  OR ("kind" = 'quantitative' AND "comparator" IS NOT NULL AND "value" IS NOT NULL AND "unit" IS NOT NULL
      AND (("comparator" = 'range') = ("valueHigh" IS NOT NULL))
      AND ("valueHigh" IS NULL OR "valueHigh" >= "value"))
);
ALTER TABLE "Target" ADD CONSTRAINT "Target_value_range_check" CHECK (
  "value" IS NULL OR (
    "value" >= 0
    AND ("unit" <> 'percent' OR ("value" <= 100 AND COALESCE("valueHigh", 0) <= 100))
    AND ("unit" <> 'index' OR ("value" <= 1 AND COALESCE("valueHigh", 0) <= 1))
  )
);

-- Observations: a year, optionally a quarter or a month (not both); a value or a met flag;
-- ranges by unit; version 1 stands alone, later versions supersede exactly one earlier row.
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_period_check" CHECK (
  "year" BETWEEN 2000 AND 2100 AND "quarter" BETWEEN 0 AND 4 AND "month" BETWEEN 0 AND 12 AND ("quarter" = 0 OR "month" = 0)
);
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_version_check" CHECK (
  "version" >= 1 AND (("version" = 1) = ("supersedesId" IS NULL))
);
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_has_result_check" CHECK ("value" IS NOT NULL OR "met" IS NOT NULL);
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_value_range_check" CHECK (
  "value" IS NULL OR (
    "value" >= 0
    AND ("unit" <> 'percent' OR "value" <= 100)
    AND ("unit" <> 'index' OR "value" <= 1)
    AND "unit" <> 'boolean'
  )
);
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_fraction_check" CHECK (
  ("numerator" IS NULL OR "numerator" >= 0) AND ("denominator" IS NULL OR "denominator" > 0)
  AND ("numerator" IS NULL OR "denominator" IS NULL OR "numerator" <= "denominator" OR "unit" <> 'percent')
);

-- Tasks, imports
ALTER TABLE "Task" ADD CONSTRAINT "Task_source_line_check" CHECK ("sourceLine" >= 1);
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_counts_check" CHECK (
  "totalRows" >= 0 AND "validRows" >= 0 AND "errorRows" >= 0 AND "validRows" + "errorRows" <= "totalRows"
);
ALTER TABLE "User" ADD CONSTRAINT "User_email_check" CHECK ("email" = lower("email") AND position('@' in "email") > 1);

-- Append-only: observations are corrected by new versions, never updated or deleted; the audit
-- log is never rewritten.
CREATE FUNCTION "lotrinh_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "Observation_append_only" BEFORE UPDATE OR DELETE ON "Observation"
  FOR EACH ROW EXECUTE FUNCTION "lotrinh_reject_change"();

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "lotrinh_reject_change"();
