CREATE TABLE "employment_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"start_date" date NOT NULL,
	"through_date" date,
	"months" integer,
	"employer_name" text NOT NULL,
	"document_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurance_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"insurance" varchar(12) NOT NULL,
	"scheme" varchar(20),
	"from_month" date NOT NULL,
	"to_month" date,
	"source" varchar(8) NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"scheme" varchar(14) NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"skill_level" varchar(2),
	"certificate_date" date NOT NULL,
	"certificate_id" uuid,
	"region_code" varchar(6) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"ref_type" varchar(20) NOT NULL,
	"ref_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"effective_from" date NOT NULL,
	"document" jsonb NOT NULL,
	"status" varchar(10) NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "employment_evidence" ADD CONSTRAINT "employment_evidence_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_evidence" ADD CONSTRAINT "employment_evidence_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_evidence" ADD CONSTRAINT "employment_evidence_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_periods" ADD CONSTRAINT "insurance_periods_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_periods" ADD CONSTRAINT "insurance_periods_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_grants" ADD CONSTRAINT "subsidy_grants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_grants" ADD CONSTRAINT "subsidy_grants_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_grants" ADD CONSTRAINT "subsidy_grants_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_grants" ADD CONSTRAINT "subsidy_grants_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_policies" ADD CONSTRAINT "subsidy_policies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_policies" ADD CONSTRAINT "subsidy_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_policies" ADD CONSTRAINT "subsidy_policies_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_policies" ADD CONSTRAINT "subsidy_policies_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employment_evidence_person_idx" ON "employment_evidence" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "insurance_periods_person_idx" ON "insurance_periods" USING btree ("person_id","insurance");--> statement-breakpoint
CREATE INDEX "subsidy_grants_person_idx" ON "subsidy_grants" USING btree ("person_id","certificate_date");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_grants_ref_uq" ON "subsidy_grants" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_policies_region_version_uq" ON "subsidy_policies" USING btree ("region_code","version");--> statement-breakpoint
CREATE INDEX "subsidy_policies_effective_idx" ON "subsidy_policies" USING btree ("region_code","status","effective_from");