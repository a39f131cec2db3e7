WITH hcc_periods (label, from_date, to_date, as_of_date, as_of_end, is_last) AS (
  VALUES
    ('', DATE '2024-01-01', DATE '2024-03-31', DATE '2024-04-05', TIMESTAMPTZ '2024-04-05 23:59:59.999+07:00', TRUE)
),
hcc_input AS (
  SELECT
    CASE CAST(t."status" AS VARCHAR) WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN '4' THEN 4 WHEN '5' THEN 5 WHEN '6' THEN 6 WHEN '7' THEN 7 WHEN '8' THEN 8 WHEN '9' THEN 9 WHEN '10' THEN 10 ELSE CASE lower(trim(CAST(t."status" AS VARCHAR))) WHEN '1' THEN 1 WHEN 'registered' THEN 1 WHEN '2' THEN 2 WHEN 'received' THEN 2 WHEN '3' THEN 3 WHEN 'not_received' THEN 3 WHEN '4' THEN 4 WHEN 'processing' THEN 4 WHEN '5' THEN 5 WHEN 'supplement_requested' THEN 5 WHEN '6' THEN 6 WHEN 'financial_obligation_requested' THEN 6 WHEN '7' THEN 7 WHEN 'withdrawn' THEN 7 WHEN '8' THEN 8 WHEN 'stopped' THEN 8 WHEN '9' THEN 9 WHEN 'done' THEN 9 WHEN '10' THEN 10 WHEN 'returned' THEN 10 ELSE NULL END END AS hcc_status,
    CASE CAST(t."channel" AS VARCHAR) WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN 'direct' THEN 1 WHEN 'online' THEN 2 WHEN 'postal' THEN 3
      ELSE CASE COALESCE(lower(trim(CAST(t."channel" AS VARCHAR))), '') WHEN '' THEN 1 WHEN '1' THEN 1 WHEN 'direct' THEN 1 WHEN '2' THEN 2 WHEN 'online' THEN 2 WHEN '3' THEN 3 WHEN 'postal' THEN 3 ELSE NULL END END AS hcc_channel,
    t."receivedAt" AS hcc_received,
    t."dueAt" AS hcc_due,
    t."endedAt" AS hcc_ended,
    0 AS hcc_supplements,
    NULL AS hcc_processing_days,
    NULLIF(trim(CAST(t."procedureCode" AS VARCHAR)), '') AS hcc_procedure,
    CASE WHEN NULLIF(trim(CAST(t."agencyCode" AS VARCHAR)), '') IS NOT NULL THEN NULLIF(trim(CAST(t."agencyCode" AS VARCHAR)), '') ELSE CASE WHEN LENGTH(trim(CAST(t."code" AS VARCHAR))) >= 13 AND SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 4 FOR 1) = '-' AND SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 1) = '-' AND TRANSLATE(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 3 FOR 4), '0123456789', '') = '' AND TRANSLATE(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 10 FOR 6), '0123456789', '') = '' THEN CASE WHEN CAST(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 3 FOR 4) AS INTEGER) > 0 AND CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 10 FOR 6) FROM 3 FOR 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 10 FOR 6) FROM 5 FOR 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 10 FOR 6) FROM 3 FOR 2) AS INTEGER) = 2 THEN CASE WHEN MOD(CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 10 FOR 6) FROM 1 FOR 2) AS INTEGER), 4) = 0 THEN 29 ELSE 28 END WHEN CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 10 FOR 6) FROM 3 FOR 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN
        CASE WHEN LENGTH(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12))) = 13 AND SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 4 FOR 1) = '.' AND SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 7 FOR 1) = '.' AND SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 10 FOR 1) = '.'
        AND TRANSLATE(SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 1 FOR 3) || SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 5 FOR 2) || SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 8 FOR 2) || SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 12 FOR 2), '0123456789', '') = '' AND POSITION(UPPER(SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FROM 11 FOR 1)) IN 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') > 0 THEN UPPER(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)))
          WHEN POSITION(' ' IN SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) = 0 AND SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12) FROM 1 FOR 1) <> '-' AND SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12) FROM LENGTH(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)) FOR 1) <> '-' THEN SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12)
          ELSE NULL END
        ELSE NULL END WHEN LENGTH(trim(CAST(t."code" AS VARCHAR))) >= 14 AND SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 5 FOR 1) = '-' AND SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 12 FOR 1) = '-' AND TRANSLATE(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 4 FOR 5), '0123456789', '') = '' AND TRANSLATE(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 6), '0123456789', '') = '' THEN CASE WHEN CAST(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 4 FOR 5) AS INTEGER) > 0 AND CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 6) FROM 3 FOR 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 6) FROM 5 FOR 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 6) FROM 3 FOR 2) AS INTEGER) = 2 THEN CASE WHEN MOD(CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 6) FROM 1 FOR 2) AS INTEGER), 4) = 0 THEN 29 ELSE 28 END WHEN CAST(SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM LENGTH(trim(CAST(t."code" AS VARCHAR))) - 11 FOR 6) FROM 3 FOR 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN
        CASE WHEN LENGTH(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13))) = 13 AND SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 4 FOR 1) = '.' AND SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 7 FOR 1) = '.' AND SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 10 FOR 1) = '.'
        AND TRANSLATE(SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 1 FOR 3) || SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 5 FOR 2) || SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 8 FOR 2) || SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 12 FOR 2), '0123456789', '') = '' AND POSITION(UPPER(SUBSTRING(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FROM 11 FOR 1)) IN 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') > 0 THEN UPPER(trim(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)))
          WHEN POSITION(' ' IN SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) = 0 AND SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13) FROM 1 FOR 1) <> '-' AND SUBSTRING(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13) FROM LENGTH(SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)) FOR 1) <> '-' THEN SUBSTRING(trim(CAST(t."code" AS VARCHAR)) FROM 1 FOR LENGTH(trim(CAST(t."code" AS VARCHAR))) - 13)
          ELSE NULL END
        ELSE NULL END ELSE NULL END END AS hcc_agency,
    '' AS hcc_field,
    '' AS hcc_level,
    TRUE AS hcc_read_ok
  FROM "dossiers" t
),
hcc_checked AS (
  SELECT i.*,
    (i.hcc_read_ok AND i.hcc_status IS NOT NULL AND i.hcc_channel IS NOT NULL AND i.hcc_supplements >= 0
      AND i.hcc_procedure IS NOT NULL AND i.hcc_agency IS NOT NULL AND i.hcc_level IS NOT NULL) AS hcc_readable,
    CAST(epoch_ms(epoch_ms(i.hcc_received) + 25200000) AS DATE) AS hcc_received_date,
    CAST(epoch_ms(epoch_ms(i.hcc_ended) + 25200000) AS DATE) AS hcc_ended_date,
    CAST(epoch_ms(epoch_ms(i.hcc_due) + 25200000) AS DATE) AS hcc_given_due_date
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
    c.hcc_given_due_date AS hcc_due_date
  FROM hcc_checked c
),
hcc_rows AS (
  SELECT d.*, p.label AS hcc_period, p.is_last AS hcc_last_period,
    d.hcc_received_date >= p.from_date AS hcc_new,
    (d.hcc_ended IS NOT NULL AND d.hcc_ended_date <= p.to_date) AS hcc_resolved,
    CASE WHEN (d.hcc_ended IS NOT NULL AND d.hcc_ended_date <= p.to_date) THEN
      CASE WHEN d.hcc_supplements > 1 THEN 3 WHEN d.hcc_due_date IS NULL THEN 2
           WHEN d.hcc_ended_date < d.hcc_due_date THEN 1 WHEN d.hcc_ended_date = d.hcc_due_date THEN 2 ELSE 3 END
    ELSE
      CASE WHEN d.hcc_supplements > 1 THEN 5 WHEN d.hcc_due_date IS NULL THEN 4 WHEN d.hcc_due_date >= p.as_of_date THEN 4 ELSE 5 END
    END AS hcc_verdict
  FROM hcc_classified d
  CROSS JOIN hcc_periods p
  WHERE d.hcc_class = 'counted' AND d.hcc_received_date <= p.to_date AND (d.hcc_ended IS NULL OR d.hcc_ended_date >= p.from_date)
)
SELECT
  hcc_agency AS "agency",
  CASE hcc_channel WHEN 1 THEN 'direct' WHEN 2 THEN 'online' ELSE 'postal' END AS "channel",
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
GROUP BY 1, 2
ORDER BY 1, 2