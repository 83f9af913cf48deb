CREATE TABLE "plan_item_tally" (
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"number" text,
	"section_id" uuid,
	"zones" text[] DEFAULT '{}'::text[] NOT NULL,
	"counts" integer[] NOT NULL,
	"bodies" jsonb,
	"waiting" jsonb,
	"soon" jsonb,
	"waiting_since" timestamp with time zone,
	"waiting_first" uuid,
	"soon_due" date,
	"soon_first" uuid,
	CONSTRAINT "plan_item_tally_plan_id_item_id_pk" PRIMARY KEY("plan_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD COLUMN "parts_stale" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_tally_changes" ADD COLUMN "item_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_item_tally" ADD CONSTRAINT "plan_item_tally_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The marks now name the item whose occurrences may have changed (a report, an occurrence, an item
-- link; with the cascade, the regional item the lower body's item came from), so a recompute
-- reclassifies those items only (plan_item_tally). A null item marks the whole plan: items (numbers,
-- sections), external participants, a new owner, a time zone.
CREATE OR REPLACE FUNCTION "planik_mark_plan_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'reports' THEN
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id", "item_id")
        SELECT o."plan_id", o."item_id" FROM "occurrences" o WHERE o."id" IN (SELECT "occurrence_id" FROM "new_rows")
        UNION
        SELECT l."source_plan_id", l."source_item_id" FROM "occurrences" o JOIN "plan_links" l ON l."target_item_id" = o."item_id"
          WHERE o."id" IN (SELECT "occurrence_id" FROM "new_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id", "item_id")
        SELECT o."plan_id", o."item_id" FROM "occurrences" o WHERE o."id" IN (SELECT "occurrence_id" FROM "old_rows")
        UNION
        SELECT l."source_plan_id", l."source_item_id" FROM "occurrences" o JOIN "plan_links" l ON l."target_item_id" = o."item_id"
          WHERE o."id" IN (SELECT "occurrence_id" FROM "old_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
  ELSIF TG_TABLE_NAME = 'occurrences' THEN
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id", "item_id")
        SELECT "plan_id", "item_id" FROM "new_rows"
        UNION
        SELECT l."source_plan_id", l."source_item_id" FROM "plan_links" l
          WHERE l."target_item_id" IN (SELECT "item_id" FROM "new_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id", "item_id")
        SELECT "plan_id", "item_id" FROM "old_rows"
        UNION
        SELECT l."source_plan_id", l."source_item_id" FROM "plan_links" l
          WHERE l."target_item_id" IN (SELECT "item_id" FROM "old_rows") AND l."source_plan_id" IS NOT NULL;
    END IF;
  ELSIF TG_TABLE_NAME = 'plan_links' THEN
    -- A link without a source item (plan to plan) cascades nothing: its null marks the whole plan, harmlessly.
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO "plan_tally_changes" ("plan_id", "item_id")
        SELECT DISTINCT "source_plan_id", "source_item_id" FROM "new_rows" WHERE "source_plan_id" IS NOT NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO "plan_tally_changes" ("plan_id", "item_id")
        SELECT DISTINCT "source_plan_id", "source_item_id" FROM "old_rows" WHERE "source_plan_id" IS NOT NULL;
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
    -- plan_items (numbers, and sections: a new parent moves its descendants) and plan_external_executors: the whole plan.
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
-- Rows computed before the item shares existed have none to be re-derived from: every plan is computed afresh.
DELETE FROM "plan_tally_cache";
