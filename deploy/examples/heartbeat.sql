-- Heartbeat: every second write the time, so that a monitor (or a replica's lag check) sees the scheduler is
-- alive; the row is replaced, the table never grows.
-- bin/eventd check --database monitoring < deploy/examples/heartbeat.sql
CREATE EVENT heartbeat
  ON SCHEDULE EVERY 1 SECOND
  COMMENT 'one row: the last beat'
  DO REPLACE INTO heartbeat (id, beat_at) VALUES (1, NOW(6));
