ALTER TABLE "organizations" ADD COLUMN "default_locale" text DEFAULT 'ru' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
-- Commissions of Kyrgyzstan work in the state language: existing ones (known by their time zone) default to Kyrgyz.
UPDATE "organizations" SET "default_locale" = 'ky' WHERE "time_zone" = 'Asia/Bishkek';
