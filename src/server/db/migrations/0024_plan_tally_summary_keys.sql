ALTER TABLE "plan_tally_cache" ADD COLUMN "section_top" integer;--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD COLUMN "section_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD COLUMN "waiting_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD COLUMN "waiting_first" uuid;--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD COLUMN "soon_due" date;--> statement-breakpoint
ALTER TABLE "plan_tally_cache" ADD COLUMN "soon_first" uuid;--> statement-breakpoint
-- Rows derived before these columns existed have no keys: the next reader of the summary (or the warm job) derives them again.
UPDATE "plan_tally_cache" SET "parts_stale" = true WHERE "computed_at" IS NOT NULL;