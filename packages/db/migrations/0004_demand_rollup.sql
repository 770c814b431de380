CREATE TABLE "demand_rollup" (
	"region_code" varchar(6) NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"lines" integer NOT NULL,
	"posts_open" integer NOT NULL,
	CONSTRAINT "demand_rollup_region_code_occupation_code_pk" PRIMARY KEY("region_code","occupation_code")
);
--> statement-breakpoint
CREATE TABLE "demand_rollup_clock" (
	"id" integer PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wish_rollup" (
	"region_code" varchar(6) NOT NULL,
	"occupation_code" varchar(10) NOT NULL,
	"target_group" varchar(32) NOT NULL,
	"wishes" integer NOT NULL,
	CONSTRAINT "wish_rollup_region_code_occupation_code_target_group_pk" PRIMARY KEY("region_code","occupation_code","target_group")
);
