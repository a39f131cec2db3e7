WITH hcc_periods (label, from_date, to_date, as_of_date, as_of_end, is_last) AS (
  VALUES
    ('2024-Q1', DATE '2024-01-01', DATE '2024-03-31', DATE '2024-03-31', TIMESTAMP WITH TIME ZONE '2024-03-31 23:59:59.999+07:00', TRUE)
),
hcc_input AS (
  SELECT
    CASE CAST(t."status" AS VARCHAR(64)) WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN '4' THEN 4 WHEN '5' THEN 5 WHEN '6' THEN 6 WHEN '7' THEN 7 WHEN '8' THEN 8 WHEN '9' THEN 9 WHEN '10' THEN 10 ELSE CASE lower(trim(CAST(t."status" AS VARCHAR(64)))) WHEN '1' THEN 1 WHEN 'registered' THEN 1 WHEN '2' THEN 2 WHEN 'received' THEN 2 WHEN '3' THEN 3 WHEN 'not_received' THEN 3 WHEN '4' THEN 4 WHEN 'processing' THEN 4 WHEN '5' THEN 5 WHEN 'supplement_requested' THEN 5 WHEN '6' THEN 6 WHEN 'financial_obligation_requested' THEN 6 WHEN '7' THEN 7 WHEN 'withdrawn' THEN 7 WHEN '8' THEN 8 WHEN 'stopped' THEN 8 WHEN '9' THEN 9 WHEN 'done' THEN 9 WHEN '10' THEN 10 WHEN 'returned' THEN 10 ELSE NULL END END AS hcc_status,
    CASE CAST(t."channel" AS VARCHAR(64)) WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN 'direct' THEN 1 WHEN 'online' THEN 2 WHEN 'postal' THEN 3
      ELSE CASE COALESCE(lower(trim(CAST(t."channel" AS VARCHAR(64)))), '') WHEN '' THEN 1 WHEN '1' THEN 1 WHEN 'direct' THEN 1 WHEN '2' THEN 2 WHEN 'online' THEN 2 WHEN '3' THEN 3 WHEN 'postal' THEN 3 ELSE NULL END END AS hcc_channel,
    t."receivedAt" AS hcc_received,
    t."dueAt" AS hcc_due,
    t."endedAt" AS hcc_ended,
    COALESCE(t."supplements", 0) AS hcc_supplements,
    t."max_days" AS hcc_processing_days,
    NULLIF(trim(CAST(t."procedureCode" AS VARCHAR(64))), '') AS hcc_procedure,
    CASE WHEN NULLIF(trim(CAST(t."agency_id" AS VARCHAR(64))), '') IS NOT NULL THEN NULLIF(trim(CAST(t."agency_id" AS VARCHAR(64))), '') ELSE NULL END AS hcc_agency,
    COALESCE(trim(CAST(t."field" AS VARCHAR(64))), '') AS hcc_field,
    CASE COALESCE(lower(trim(CAST(t."level" AS VARCHAR(64)))), '') WHEN '' THEN '' WHEN '0' THEN 'ministry' WHEN 'ministry' THEN 'ministry' WHEN '1' THEN 'province' WHEN 'province' THEN 'province' WHEN '2' THEN 'district' WHEN 'district' THEN 'district' WHEN '3' THEN 'commune' WHEN 'commune' THEN 'commune' ELSE NULL END AS hcc_level,
    TRUE AS hcc_read_ok
  FROM "warehouse"."dossiers" t
),
hcc_checked AS (
  SELECT i.*,
    (i.hcc_read_ok AND i.hcc_status IS NOT NULL AND i.hcc_channel IS NOT NULL AND i.hcc_supplements >= 0
      AND i.hcc_procedure IS NOT NULL AND i.hcc_agency IS NOT NULL AND i.hcc_level IS NOT NULL) AS hcc_readable,
    CAST(i.hcc_received AT TIME ZONE INTERVAL '+07:00' HOUR TO MINUTE AS DATE) AS hcc_received_date,
    CAST(i.hcc_ended AT TIME ZONE INTERVAL '+07:00' HOUR TO MINUTE AS DATE) AS hcc_ended_date,
    CAST(i.hcc_due AT TIME ZONE INTERVAL '+07:00' HOUR TO MINUTE AS DATE) AS hcc_given_due_date
  FROM hcc_input i
),
hcc_classified AS (
  SELECT c.*,
    CASE WHEN NOT c.hcc_readable THEN 'invalid'
         WHEN c.hcc_status IN (1, 3) THEN 'not_received'
         WHEN NOT (c.hcc_readable AND c.hcc_status NOT IN (1, 3) AND c.hcc_received IS NOT NULL
      AND (c.hcc_status >= 7) = (c.hcc_ended IS NOT NULL) AND (c.hcc_ended IS NULL OR c.hcc_ended >= c.hcc_received)) THEN 'invalid'
         WHEN c.hcc_received_date > DATE '2024-03-31' OR c.hcc_ended_date < DATE '2024-01-01' THEN 'out_of_period'
         ELSE 'counted' END AS hcc_class,
    COALESCE(c.hcc_given_due_date, CASE WHEN c.hcc_processing_days = 0 THEN c.hcc_received_date ELSE due_day."date" END) AS hcc_due_date
  FROM hcc_checked c
  LEFT JOIN "warehouse"."hcc_calendar" receipt_day ON c.hcc_due IS NULL AND receipt_day."date" = c.hcc_received_date
  LEFT JOIN "warehouse"."hcc_calendar" due_day ON due_day."working_day_index" = receipt_day."working_day_index" + c.hcc_processing_days AND due_day."working"
),
hcc_rows AS (
  SELECT d.*, p.label AS hcc_period, p.is_last AS hcc_last_period,
    d.hcc_received_date >= p.from_date AS hcc_new,
    (d.hcc_ended IS NOT NULL AND d.hcc_ended_date <= p.to_date) AS hcc_resolved,
    CASE WHEN (d.hcc_ended IS NOT NULL AND d.hcc_ended_date <= p.to_date) THEN
      CASE WHEN d.hcc_supplements > 1 THEN 3 WHEN d.hcc_due_date IS NULL THEN 2
           WHEN d.hcc_ended_date < d.hcc_due_date THEN 1 WHEN (d.hcc_due IS NOT NULL AND d.hcc_ended <= d.hcc_due) OR (d.hcc_due IS NULL AND d.hcc_ended_date <= d.hcc_due_date) THEN 2 ELSE 3 END
    ELSE
      CASE WHEN d.hcc_supplements > 1 THEN 5 WHEN d.hcc_due_date IS NULL THEN 4 WHEN (d.hcc_due IS NOT NULL AND d.hcc_due >= p.as_of_end) OR (d.hcc_due IS NULL AND d.hcc_due_date >= p.as_of_date) THEN 4 ELSE 5 END
    END AS hcc_verdict
  FROM hcc_classified d
  CROSS JOIN hcc_periods p
  WHERE d.hcc_class = 'counted' AND d.hcc_received_date <= p.to_date AND (d.hcc_ended IS NULL OR d.hcc_ended_date >= p.from_date)
)
SELECT
  hcc_period AS "quarter",
  CAST(COUNT(*) AS BIGINT) AS "received",
  CAST(COALESCE(SUM(CASE WHEN hcc_new AND hcc_channel = 2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "received_online",
  CAST(COALESCE(SUM(CASE WHEN hcc_new AND hcc_channel <> 2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "received_direct_or_postal",
  CAST(COALESCE(SUM(CASE WHEN NOT hcc_new THEN 1 ELSE 0 END), 0) AS BIGINT) AS "carried_over",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict <= 3 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "resolved",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict = 1 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "early",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict = 2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "on_time",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict = 3 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "late",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict >= 4 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "in_progress",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict = 4 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "within_deadline",
  CAST(COALESCE(SUM(CASE WHEN hcc_verdict = 5 THEN 1 ELSE 0 END), 0) AS BIGINT) AS "overdue"
FROM hcc_rows
GROUP BY 1
ORDER BY 1