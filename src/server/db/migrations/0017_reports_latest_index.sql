DROP INDEX "reports_occurrence_idx";--> statement-breakpoint
CREATE INDEX "reports_occurrence_idx" ON "reports" USING btree ("occurrence_id","created_at","id");