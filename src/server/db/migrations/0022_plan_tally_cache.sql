CREATE TABLE "plan_tally_cache" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date,
	"zones" text[] DEFAULT '{}'::text[] NOT NULL,
	"days" date[] DEFAULT '{}'::date[] NOT NULL,
	"computed_at" timestamp with time zone,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"bodies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"waiting" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"soon" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_tally_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD CONSTRAINT "plan_tally_cache_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_tally_changes_plan_idx" ON "plan_tally_changes" USING btree ("plan_id");--> statement-breakpoint
-- Marks the plans whose classified figures a statement may have changed (plan_tally_changes).
-- Statement-level with transition tables, like the content revision of 0010: one insert per
-- statement, however many rows it wrote. A plan whose cascaded item a lower body's plan carries
-- is marked with it: that body's occurrences and reports decide the plan's unreported occurrences.
CREATE FUNCTION "planik_mark_plan_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'reports' THEN
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id")
        SELECT o."plan_id" FROM "occurrences" o WHERE o."id" IN (SELECT "occurrence_id" FROM "new_rows")
        UNION
        SELECT l."source_plan_id" FROM "occurrences" o JOIN "plan_links" l ON l."target_item_id" = o."item_id"
          WHERE o."id" IN (SELECT "occurrence_id" FROM "new_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id")
        SELECT o."plan_id" FROM "occurrences" o WHERE o."id" IN (SELECT "occurrence_id" FROM "old_rows")
        UNION
        SELECT l."source_plan_id" FROM "occurrences" o JOIN "plan_links" l ON l."target_item_id" = o."item_id"
          WHERE o."id" IN (SELECT "occurrence_id" FROM "old_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
  ELSIF TG_TABLE_NAME = 'occurrences' THEN
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id")
        SELECT "plan_id" FROM "new_rows"
        UNION
        SELECT l."source_plan_id" FROM "plan_links" l
          WHERE l."target_item_id" IN (SELECT "item_id" FROM "new_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id")
        SELECT "plan_id" FROM "old_rows"
        UNION
        SELECT l."source_plan_id" FROM "plan_links" l
          WHERE l."target_item_id" IN (SELECT "item_id" FROM "old_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
  ELSIF TG_TABLE_NAME = 'plan_links' THEN
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id") SELECT DISTINCT "source_plan_id" FROM "new_rows" WHERE "source_plan_id" IS NOT NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id") SELECT DISTINCT "source_plan_id" FROM "old_rows" WHERE "source_plan_id" IS NOT NULL;
    END IF;
  ELSIF TG_TABLE_NAME = 'plans' THEN
    -- A new owner: another time zone for its occurrences, another body for links into it.
    INSERT INTO "plan_tally_changes" ("plan_id")
      SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" WHERE o."organization_id" IS DISTINCT FROM n."organization_id"
      UNION
      SELECT l."source_plan_id" FROM "plan_links" l
        JOIN "new_rows" n ON n."id" = l."target_plan_id" JOIN "old_rows" o ON o."id" = n."id"
        WHERE o."organization_id" IS DISTINCT FROM n."organization_id" AND l."source_plan_id" IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'organizations' THEN
    -- «Today» of every occurrence the body executes or owns moves with its zone (rare: mark every plan).
    IF EXISTS (SELECT 1 FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" WHERE o."time_zone" IS DISTINCT FROM n."time_zone") THEN
      INSERT INTO "plan_tally_changes" ("plan_id") SELECT "id" FROM "plans";
    END IF;
  ELSE
    -- plan_items (numbers and sections of the summary) and plan_external_executors: rows carry plan_id.
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id") SELECT DISTINCT "plan_id" FROM "new_rows";
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id") SELECT DISTINCT "plan_id" FROM "old_rows";
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reports_tally_ins" AFTER INSERT ON "reports" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "reports_tally_upd" AFTER UPDATE ON "reports" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "reports_tally_del" AFTER DELETE ON "reports" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "occurrences_tally_ins" AFTER INSERT ON "occurrences" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "occurrences_tally_upd" AFTER UPDATE ON "occurrences" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "occurrences_tally_del" AFTER DELETE ON "occurrences" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_links_tally_ins" AFTER INSERT ON "plan_links" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_links_tally_upd" AFTER UPDATE ON "plan_links" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_links_tally_del" AFTER DELETE ON "plan_links" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_items_tally_ins" AFTER INSERT ON "plan_items" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_items_tally_upd" AFTER UPDATE ON "plan_items" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_items_tally_del" AFTER DELETE ON "plan_items" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_external_executors_tally_ins" AFTER INSERT ON "plan_external_executors" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_external_executors_tally_upd" AFTER UPDATE ON "plan_external_executors" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plan_external_executors_tally_del" AFTER DELETE ON "plan_external_executors" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "plans_tally_upd" AFTER UPDATE ON "plans" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
--> statement-breakpoint
CREATE TRIGGER "organizations_tally_upd" AFTER UPDATE ON "organizations" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_mark_plan_tally"();
