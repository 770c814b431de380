CREATE TABLE "training_vouchers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(13) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" varchar(12) NOT NULL,
	"face_value_fen" bigint,
	"percent_basis_points" integer,
	"cap_fen" bigint,
	"project_id" uuid,
	"occupation_code" varchar(10),
	"institution_id" uuid,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" varchar(10) NOT NULL,
	"budget_id" uuid NOT NULL,
	"committed_fen" bigint NOT NULL,
	"enrolment_id" uuid,
	"value_fen" bigint,
	"note" text,
	"issued_by" uuid,
	"redeemed_by" uuid,
	"redeemed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_budget_id_fund_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."fund_budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_vouchers" ADD CONSTRAINT "training_vouchers_redeemed_by_users_id_fk" FOREIGN KEY ("redeemed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_vouchers_code_uq" ON "training_vouchers" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "training_vouchers_unused_uq" ON "training_vouchers" USING btree ("person_id") WHERE "training_vouchers"."status" = 'issued';--> statement-breakpoint
CREATE UNIQUE INDEX "training_vouchers_enrolment_uq" ON "training_vouchers" USING btree ("enrolment_id") WHERE "training_vouchers"."enrolment_id" is not null;--> statement-breakpoint
CREATE INDEX "training_vouchers_region_idx" ON "training_vouchers" USING btree ("region_code","created_at");