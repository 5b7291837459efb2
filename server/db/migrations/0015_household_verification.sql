ALTER TABLE "households" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "verified_by" bigint;