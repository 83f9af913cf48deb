CREATE TABLE "deadline_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"previous_date" date NOT NULL,
	"requested_date" date NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalation_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"level" text NOT NULL,
	"recipient_organization_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"days_overdue" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_period_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"act" jsonb NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "escalation_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "occurrences" ADD COLUMN "extended_to" date;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_occurrence_id_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."occurrences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_notices" ADD CONSTRAINT "escalation_notices_occurrence_id_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."occurrences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_notices" ADD CONSTRAINT "escalation_notices_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_notices" ADD CONSTRAINT "escalation_notices_recipient_organization_id_organizations_id_fk" FOREIGN KEY ("recipient_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_period_closures" ADD CONSTRAINT "reporting_period_closures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_period_closures" ADD CONSTRAINT "reporting_period_closures_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deadline_extensions_occurrence_idx" ON "deadline_extensions" USING btree ("occurrence_id","created_at");--> statement-breakpoint
CREATE INDEX "deadline_extensions_plan_idx" ON "deadline_extensions" USING btree ("plan_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_extensions_pending_uq" ON "deadline_extensions" USING btree ("occurrence_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_notices_once_uq" ON "escalation_notices" USING btree ("occurrence_id","level","due_date");--> statement-breakpoint
CREATE INDEX "escalation_notices_recipient_idx" ON "escalation_notices" USING btree ("recipient_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "escalation_notices_plan_idx" ON "escalation_notices" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_period_closures_uq" ON "reporting_period_closures" USING btree ("plan_id","period_end");