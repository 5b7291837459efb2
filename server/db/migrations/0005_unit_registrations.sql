CREATE TABLE "unit_registrations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"organization_id" bigint NOT NULL,
	"place_id" bigint NOT NULL,
	"contacts" text NOT NULL,
	"resources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agreement_start" date NOT NULL,
	"agreement_end" date NOT NULL,
	"commitments" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"reason" text,
	"submitted_by" bigint NOT NULL,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_registrations" ADD CONSTRAINT "unit_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_registrations" ADD CONSTRAINT "unit_registrations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_registrations" ADD CONSTRAINT "unit_registrations_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_registrations" ADD CONSTRAINT "unit_registrations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "unit_registrations_live_uq" ON "unit_registrations" USING btree ("organization_id","place_id") WHERE status <> 'returned';--> statement-breakpoint
CREATE INDEX "unit_registrations_org_idx" ON "unit_registrations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "unit_registrations_place_idx" ON "unit_registrations" USING btree ("place_id","status");