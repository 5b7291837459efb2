CREATE TABLE "member_registrations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"member_id" bigint NOT NULL,
	"place_id" bigint NOT NULL,
	"household_id" bigint NOT NULL,
	"talents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intentions" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"free_time" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"reason" text,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_registrations" ADD CONSTRAINT "member_registrations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD CONSTRAINT "member_registrations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD CONSTRAINT "member_registrations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD CONSTRAINT "member_registrations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_registrations_pending_uq" ON "member_registrations" USING btree ("member_id") WHERE status = 'submitted';--> statement-breakpoint
CREATE INDEX "member_registrations_place_idx" ON "member_registrations" USING btree ("place_id","status");