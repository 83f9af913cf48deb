ALTER TABLE "plans" ADD COLUMN "content_revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Every write to what a plan read returns (items, their executors, the glossary) bumps
-- the plan's content_revision, whatever code path made it: plan reads are served with
-- an ETag and from a cache keyed by it, so a missed bump would serve a stale plan.
-- Statement-level triggers with transition tables: one bump per plan per statement,
-- so a bulk insert of an import's thousand items costs one update, not a thousand.
CREATE FUNCTION "planik_bump_plan_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'item_executors' THEN
    IF TG_OP <> 'DELETE' THEN
      UPDATE "plans" SET "content_revision" = "content_revision" + 1
        WHERE "id" IN (SELECT i."plan_id" FROM "plan_items" i WHERE i."id" IN (SELECT "item_id" FROM "new_rows"));
    END IF;
    IF TG_OP <> 'INSERT' THEN
      UPDATE "plans" SET "content_revision" = "content_revision" + 1
        WHERE "id" IN (SELECT i."plan_id" FROM "plan_items" i WHERE i."id" IN (SELECT "item_id" FROM "old_rows"));
    END IF;
  ELSE
    IF TG_OP <> 'DELETE' THEN
      UPDATE "plans" SET "content_revision" = "content_revision" + 1 WHERE "id" IN (SELECT "plan_id" FROM "new_rows");
    END IF;
    IF TG_OP <> 'INSERT' THEN
      UPDATE "plans" SET "content_revision" = "content_revision" + 1 WHERE "id" IN (SELECT "plan_id" FROM "old_rows");
    END IF;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "plan_items_revision_ins" AFTER INSERT ON "plan_items" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "plan_items_revision_upd" AFTER UPDATE ON "plan_items" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "plan_items_revision_del" AFTER DELETE ON "plan_items" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "item_executors_revision_ins" AFTER INSERT ON "item_executors" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "item_executors_revision_upd" AFTER UPDATE ON "item_executors" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "item_executors_revision_del" AFTER DELETE ON "item_executors" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "abbreviations_revision_ins" AFTER INSERT ON "abbreviations" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "abbreviations_revision_upd" AFTER UPDATE ON "abbreviations" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "abbreviations_revision_del" AFTER DELETE ON "abbreviations" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "planik_bump_plan_revision"();
