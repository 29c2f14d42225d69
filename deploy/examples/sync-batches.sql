-- Sync batches: every 5 minutes copy unsynced orders to the reporting table, 500 at a time, until none is
-- left; a compound body (BEGIN ... END), hence DELIMITER as in the mysql client.
-- bin/eventd check --database shop < deploy/examples/sync-batches.sql
DELIMITER //
CREATE EVENT sync_orders_to_reporting
  ON SCHEDULE EVERY 5 MINUTE STARTS CURRENT_TIMESTAMP + INTERVAL 1 MINUTE
  COMMENT 'orders -> reporting.orders, in batches of 500'
  DO BEGIN
    DECLARE moved INT DEFAULT 1;
    WHILE moved > 0 DO
      INSERT INTO reporting.orders (id, customer_id, total, created_at)
        SELECT id, customer_id, total, created_at FROM orders WHERE synced = 0 ORDER BY id LIMIT 500;
      SET moved = ROW_COUNT();
      UPDATE orders SET synced = 1 WHERE synced = 0 ORDER BY id LIMIT 500;
    END WHILE;
    INSERT INTO sync_log (finished_at, note) VALUES (NOW(), 'orders synced');
  END //
DELIMITER ;
