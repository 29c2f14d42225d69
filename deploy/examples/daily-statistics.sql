-- Statistics: at 00:05 every day, aggregate yesterday's orders into a summary table (idempotent: a run
-- repeated by hand overwrites the same row).
-- bin/eventd check --database shop < deploy/examples/daily-statistics.sql
CREATE EVENT daily_order_stats
  ON SCHEDULE EVERY 1 DAY STARTS CURRENT_DATE + INTERVAL 1 DAY + INTERVAL 5 MINUTE
  COMMENT 'one row per day in order_stats_daily'
  DO INSERT INTO order_stats_daily (day, orders, revenue, customers)
       SELECT DATE(created_at), COUNT(*), SUM(total), COUNT(DISTINCT customer_id)
         FROM orders
        WHERE created_at >= CURRENT_DATE - INTERVAL 1 DAY AND created_at < CURRENT_DATE
        GROUP BY DATE(created_at)
     ON DUPLICATE KEY UPDATE orders = VALUES(orders), revenue = VALUES(revenue), customers = VALUES(customers);

CREATE EVENT monthly_report
  ON SCHEDULE EVERY 1 MONTH STARTS '2026-02-01 06:00:00'
  COMMENT 'first of the month: last month''s report'
  DO CALL build_monthly_report(DATE_FORMAT(CURRENT_DATE - INTERVAL 1 MONTH, '%Y-%m-01'));
