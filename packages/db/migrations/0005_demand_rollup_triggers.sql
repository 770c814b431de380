-- Keep demand_rollup and wish_rollup equal to sums over demand_lines and training_wishes.
-- A demand line counts while it is recruiting: not closed, filled_count < headcount, and its
-- deadline on or after the rollup clock. Writers take the clock row FOR SHARE, so moving the
-- clock (FOR UPDATE, then subtracting the lines that expired) never interleaves with a write.
INSERT INTO demand_rollup_clock (id, as_of)
  VALUES (1, ((now() AT TIME ZONE 'UTC') + interval '8 hours')::date);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION demand_rollup_apply() RETURNS trigger AS $$
DECLARE
  clock date;
BEGIN
  SELECT as_of INTO clock FROM demand_rollup_clock WHERE id = 1 FOR SHARE;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.closed_at IS NULL
     AND OLD.filled_count < OLD.headcount AND OLD.deadline >= clock THEN
    UPDATE demand_rollup
       SET lines = lines - 1, posts_open = posts_open - (OLD.headcount - OLD.filled_count)
     WHERE region_code = OLD.region_code AND occupation_code = OLD.occupation_code;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.closed_at IS NULL
     AND NEW.filled_count < NEW.headcount AND NEW.deadline >= clock THEN
    INSERT INTO demand_rollup (region_code, occupation_code, lines, posts_open)
      VALUES (NEW.region_code, NEW.occupation_code, 1, NEW.headcount - NEW.filled_count)
      ON CONFLICT (region_code, occupation_code) DO UPDATE
      SET lines = demand_rollup.lines + 1,
          posts_open = demand_rollup.posts_open + EXCLUDED.posts_open;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER demand_lines_rollup AFTER INSERT OR UPDATE OR DELETE ON demand_lines
  FOR EACH ROW EXECUTE FUNCTION demand_rollup_apply();
--> statement-breakpoint
INSERT INTO demand_rollup (region_code, occupation_code, lines, posts_open)
  SELECT region_code, occupation_code, count(*)::int, sum(headcount - filled_count)::int
    FROM demand_lines
   WHERE closed_at IS NULL AND filled_count < headcount
     AND deadline >= (SELECT as_of FROM demand_rollup_clock WHERE id = 1)
   GROUP BY region_code, occupation_code;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION wish_rollup_apply() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.withdrawn_at IS NULL THEN
    UPDATE wish_rollup SET wishes = wishes - 1
     WHERE region_code = OLD.region_code AND occupation_code = OLD.occupation_code
       AND target_group = OLD.target_group;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.withdrawn_at IS NULL THEN
    INSERT INTO wish_rollup (region_code, occupation_code, target_group, wishes)
      VALUES (NEW.region_code, NEW.occupation_code, NEW.target_group, 1)
      ON CONFLICT (region_code, occupation_code, target_group) DO UPDATE
      SET wishes = wish_rollup.wishes + 1;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER training_wishes_rollup AFTER INSERT OR UPDATE OR DELETE ON training_wishes
  FOR EACH ROW EXECUTE FUNCTION wish_rollup_apply();
--> statement-breakpoint
INSERT INTO wish_rollup (region_code, occupation_code, target_group, wishes)
  SELECT region_code, occupation_code, target_group, count(*)::int
    FROM training_wishes WHERE withdrawn_at IS NULL
   GROUP BY region_code, occupation_code, target_group;
