CREATE TABLE "households" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"place_id" bigint NOT NULL,
	"door_no" text NOT NULL,
	"label" text DEFAULT 'resident' NOT NULL,
	"care_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"pinyin" text DEFAULT '' NOT NULL,
	"gender" text NOT NULL,
	"ethnicity" text DEFAULT '汉族' NOT NULL,
	"birth_date" date NOT NULL,
	"education" text,
	"id_cipher" text NOT NULL,
	"id_hash" text NOT NULL,
	"id_mask" text NOT NULL,
	"phone_cipher" text,
	"phone_hash" text,
	"phone_mask" text,
	"organization_id" bigint,
	"party_org_id" bigint,
	"member_type" text DEFAULT 'full' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"joined_at" date,
	"full_at" date,
	"household_id" bigint,
	"home_place_id" bigint,
	"talents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intentions" text DEFAULT '' NOT NULL,
	"free_time" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"place_id" bigint NOT NULL,
	"credit_code" text,
	"pinyin" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "party_orgs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"organization_id" bigint NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"secretary_name" text DEFAULT '' NOT NULL,
	"contact_phone_cipher" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "residents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"household_id" bigint NOT NULL,
	"name" text NOT NULL,
	"pinyin" text DEFAULT '' NOT NULL,
	"gender" text,
	"birth_date" date,
	"relation" text DEFAULT 'head' NOT NULL,
	"id_cipher" text,
	"id_hash" text,
	"id_mask" text,
	"phone_cipher" text,
	"phone_hash" text,
	"phone_mask" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "organization_id" bigint;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_home_place_id_places_id_fk" FOREIGN KEY ("home_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD CONSTRAINT "party_orgs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "households_door_uq" ON "households" USING btree ("place_id","door_no");--> statement-breakpoint
CREATE UNIQUE INDEX "members_id_uq" ON "members" USING btree ("id_hash");--> statement-breakpoint
CREATE INDEX "members_org_idx" ON "members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "members_home_idx" ON "members" USING btree ("home_place_id");--> statement-breakpoint
CREATE INDEX "members_phone_idx" ON "members" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "members_name_idx" ON "members" USING btree ("county_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_name_uq" ON "organizations" USING btree ("county_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_credit_uq" ON "organizations" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "organizations_place_idx" ON "organizations" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_orgs_name_uq" ON "party_orgs" USING btree ("organization_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "residents_id_uq" ON "residents" USING btree ("id_hash");--> statement-breakpoint
CREATE INDEX "residents_household_idx" ON "residents" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "residents_phone_idx" ON "residents" USING btree ("phone_hash");