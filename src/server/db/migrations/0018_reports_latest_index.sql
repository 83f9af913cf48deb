DROP INDEX "reports_occurrence_idx";--> statement-breakpoint
CREATE INDEX "reports_occurrence_idx" ON "reports" USING btree ("occurrence_id","created_at","id");--> statement-breakpoint
-- Search: entries go straight into the GIN indexes. With the default fast update they wait in
-- a pending list that every search scans linearly (10 ms per query after a bulk load of a
-- country's plans) until a vacuum merges it; plan items are written rarely and read often.
ALTER INDEX "plans_search_vector_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "plan_items_search_vector_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('plans_search_vector_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('plan_items_search_vector_idx'::regclass);
