-- Per-member cooldowns shared by every replica (src/store/cooldowns.ts), so a balancer spreading
-- one member's commands over several replicas still allows one per COOLDOWN_SECONDS.
-- UNLOGGED: a cooldown lasts seconds, so it is not worth a WAL record per interaction; after a
-- crash, or on a promoted standby, the table starts empty, which forgets a few seconds of cooldowns.
-- Ended rows are overwritten by the next upsert of the same member and deleted about once a
-- minute per replica (the index on `until` keeps that a range scan of ended rows only).
CREATE UNLOGGED TABLE member_cooldowns (
  user_id text PRIMARY KEY,
  until timestamptz NOT NULL
);
CREATE INDEX member_cooldowns_until ON member_cooldowns (until);
