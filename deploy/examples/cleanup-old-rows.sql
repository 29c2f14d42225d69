-- Cleanup: every night, delete rows past their retention, in slices so that no slice holds locks for long.
-- bin/eventd check --database shop < deploy/examples/cleanup-old-rows.sql
CREATE EVENT purge_expired_sessions
  ON SCHEDULE EVERY 1 HOUR
  COMMENT 'sessions expire after 24 hours'
  DO DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 24 HOUR LIMIT 10000;

CREATE EVENT purge_old_audit_log
  ON SCHEDULE EVERY 1 DAY STARTS CURRENT_DATE + INTERVAL 1 DAY + INTERVAL 3 HOUR
  ON COMPLETION PRESERVE
  COMMENT 'audit rows are kept 90 days'
  DO DELETE FROM audit_log WHERE created_at < CURRENT_DATE - INTERVAL 90 DAY LIMIT 50000;
