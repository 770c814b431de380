CREATE TABLE "demand_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"headcount" integer NOT NULL,
	"filled_count" integer DEFAULT 0 NOT NULL,
	"skill_requirements" text NOT NULL,
	"wage_min" integer NOT NULL,
	"wage_max" integer NOT NULL,
	"deadline" date NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_cipher" text NOT NULL,
	"contact_phone_masked" varchar(16) NOT NULL,
	"source" varchar(12) NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_wishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"mode" varchar(8) NOT NULL,
	"preferred_time" varchar(10) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"target_group" varchar(32) NOT NULL,
	"source" varchar(8) NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credit_code" varchar(18) NOT NULL,
	"name" text NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"action" varchar(8) NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_entries" (
	"catalogue_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_entries_catalogue_id_project_id_pk" PRIMARY KEY("catalogue_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" varchar(10) NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_demand_links" (
	"project_id" uuid NOT NULL,
	"demand_line_id" uuid NOT NULL,
	CONSTRAINT "project_demand_links_project_id_demand_line_id_pk" PRIMARY KEY("project_id","demand_line_id")
);
--> statement-breakpoint
CREATE TABLE "project_versions" (
	"project_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" varchar(10) NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_versions_project_id_version_status_pk" PRIMARY KEY("project_id","version","status")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" varchar(10) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"priority_field" varchar(24) NOT NULL,
	"posts_available" integer,
	"skill_requirements" text,
	"content_outline" text,
	"hours_theory" integer,
	"hours_practice" integer,
	"mode" varchar(8),
	"region_code" varchar(6) NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"subsidy_standard_ref" text,
	"evaluation_type" varchar(24),
	"consumables" varchar(8) DEFAULT 'low' NOT NULL,
	"search_terms" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "demand_lines" ADD CONSTRAINT "demand_lines_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_lines" ADD CONSTRAINT "demand_lines_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_lines" ADD CONSTRAINT "demand_lines_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_lines" ADD CONSTRAINT "demand_lines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_wishes" ADD CONSTRAINT "training_wishes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_wishes" ADD CONSTRAINT "training_wishes_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_wishes" ADD CONSTRAINT "training_wishes_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_wishes" ADD CONSTRAINT "training_wishes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD CONSTRAINT "catalogue_changes_catalogue_id_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD CONSTRAINT "catalogue_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_changes" ADD CONSTRAINT "catalogue_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_catalogue_id_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogues" ADD CONSTRAINT "catalogues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_demand_links" ADD CONSTRAINT "project_demand_links_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_demand_links" ADD CONSTRAINT "project_demand_links_demand_line_id_demand_lines_id_fk" FOREIGN KEY ("demand_line_id") REFERENCES "public"."demand_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_versions" ADD CONSTRAINT "project_versions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_versions" ADD CONSTRAINT "project_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_lines_region_idx" ON "demand_lines" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "demand_lines_occupation_idx" ON "demand_lines" USING btree ("occupation_code");--> statement-breakpoint
CREATE INDEX "demand_lines_enterprise_idx" ON "demand_lines" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "demand_lines_deadline_idx" ON "demand_lines" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "training_wishes_region_idx" ON "training_wishes" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "training_wishes_occupation_idx" ON "training_wishes" USING btree ("occupation_code");--> statement-breakpoint
CREATE INDEX "training_wishes_person_idx" ON "training_wishes" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_credit_code_uq" ON "enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "enterprises_region_idx" ON "enterprises" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "catalogue_changes_catalogue_idx" ON "catalogue_changes" USING btree ("catalogue_id");--> statement-breakpoint
CREATE INDEX "catalogue_entries_project_idx" ON "catalogue_entries" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "catalogues_region_idx" ON "catalogues" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "project_demand_links_demand_idx" ON "project_demand_links" USING btree ("demand_line_id");--> statement-breakpoint
CREATE INDEX "projects_status_region_idx" ON "projects" USING btree ("status","region_code");--> statement-breakpoint
CREATE INDEX "projects_occupation_idx" ON "projects" USING btree ("occupation_code");--> statement-breakpoint
CREATE INDEX "projects_field_idx" ON "projects" USING btree ("priority_field");--> statement-breakpoint
CREATE INDEX "projects_search_terms_idx" ON "projects" USING gin ("search_terms");--> statement-breakpoint
CREATE INDEX "projects_target_groups_idx" ON "projects" USING gin ("target_groups");