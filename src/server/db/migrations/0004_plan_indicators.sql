CREATE TABLE "plan_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicators_key_uq" ON "plan_indicators" USING btree ("plan_id","key");