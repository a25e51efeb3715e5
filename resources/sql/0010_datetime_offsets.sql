-- Moments recorded during the day carry their UTC offset, as imported ones always did
-- (« 2017-10-11T13:04:10.885+02:00 »). Rows stored without one were written in the local
-- time of the machine that recorded them: the offset of that local time is appended.
-- julianday(x) - julianday(x, 'utc') is local time minus UTC, in days.
UPDATE meeting SET minutes_validated_at = minutes_validated_at || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(minutes_validated_at) - julianday(minutes_validated_at, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(minutes_validated_at) - julianday(minutes_validated_at, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(minutes_validated_at) - julianday(minutes_validated_at, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE minutes_validated_at IS NOT NULL AND length(minutes_validated_at) >= 19 AND minutes_validated_at NOT LIKE '%Z'
      AND substr(minutes_validated_at, 20) NOT LIKE '%+%' AND substr(minutes_validated_at, 20) NOT LIKE '%-%';
UPDATE agenda_item SET actual_start = actual_start || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(actual_start) - julianday(actual_start, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(actual_start) - julianday(actual_start, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(actual_start) - julianday(actual_start, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE actual_start IS NOT NULL AND length(actual_start) >= 19 AND actual_start NOT LIKE '%Z'
      AND substr(actual_start, 20) NOT LIKE '%+%' AND substr(actual_start, 20) NOT LIKE '%-%';
UPDATE agenda_item SET actual_end = actual_end || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(actual_end) - julianday(actual_end, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(actual_end) - julianday(actual_end, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(actual_end) - julianday(actual_end, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE actual_end IS NOT NULL AND length(actual_end) >= 19 AND actual_end NOT LIKE '%Z'
      AND substr(actual_end, 20) NOT LIKE '%+%' AND substr(actual_end, 20) NOT LIKE '%-%';
UPDATE agenda_item SET paused_at = paused_at || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(paused_at) - julianday(paused_at, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(paused_at) - julianday(paused_at, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(paused_at) - julianday(paused_at, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE paused_at IS NOT NULL AND length(paused_at) >= 19 AND paused_at NOT LIKE '%Z'
      AND substr(paused_at, 20) NOT LIKE '%+%' AND substr(paused_at, 20) NOT LIKE '%-%';
UPDATE note SET created_at = created_at || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(created_at) - julianday(created_at, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(created_at) - julianday(created_at, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(created_at) - julianday(created_at, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE created_at IS NOT NULL AND length(created_at) >= 19 AND created_at NOT LIKE '%Z'
      AND substr(created_at, 20) NOT LIKE '%+%' AND substr(created_at, 20) NOT LIKE '%-%';
UPDATE note SET updated_at = updated_at || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(updated_at) - julianday(updated_at, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(updated_at) - julianday(updated_at, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(updated_at) - julianday(updated_at, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE updated_at IS NOT NULL AND length(updated_at) >= 19 AND updated_at NOT LIKE '%Z'
      AND substr(updated_at, 20) NOT LIKE '%+%' AND substr(updated_at, 20) NOT LIKE '%-%';
UPDATE decision SET decided_at = decided_at || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(decided_at) - julianday(decided_at, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(decided_at) - julianday(decided_at, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(decided_at) - julianday(decided_at, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE decided_at IS NOT NULL AND length(decided_at) >= 19 AND decided_at NOT LIKE '%Z'
      AND substr(decided_at, 20) NOT LIKE '%+%' AND substr(decided_at, 20) NOT LIKE '%-%';
UPDATE priority_selection SET confirmed_at = confirmed_at || printf('%s%02d:%02d', CASE WHEN CAST(round((julianday(confirmed_at) - julianday(confirmed_at, 'utc')) * 1440) AS INTEGER) < 0 THEN '-' ELSE '+' END, abs(CAST(round((julianday(confirmed_at) - julianday(confirmed_at, 'utc')) * 1440) AS INTEGER)) / 60, abs(CAST(round((julianday(confirmed_at) - julianday(confirmed_at, 'utc')) * 1440) AS INTEGER)) % 60)
    WHERE confirmed_at IS NOT NULL AND length(confirmed_at) >= 19 AND confirmed_at NOT LIKE '%Z'
      AND substr(confirmed_at, 20) NOT LIKE '%+%' AND substr(confirmed_at, 20) NOT LIKE '%-%';
