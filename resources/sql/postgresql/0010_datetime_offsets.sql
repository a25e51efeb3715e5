-- Moments recorded during the day carry their UTC offset (see ../0010_datetime_offsets.sql).
-- Rows stored without one were written in the local time of the client: the server's time
-- zone setting (TimeZone, the organisation's) gives that local time's offset.
UPDATE meeting SET minutes_validated_at = minutes_validated_at || to_char((minutes_validated_at)::timestamp::timestamptz, 'TZH:TZM')
    WHERE minutes_validated_at IS NOT NULL AND length(minutes_validated_at) >= 19 AND minutes_validated_at NOT LIKE '%Z'
      AND substr(minutes_validated_at, 20) NOT LIKE '%+%' AND substr(minutes_validated_at, 20) NOT LIKE '%-%';
UPDATE agenda_item SET actual_start = actual_start || to_char((actual_start)::timestamp::timestamptz, 'TZH:TZM')
    WHERE actual_start IS NOT NULL AND length(actual_start) >= 19 AND actual_start NOT LIKE '%Z'
      AND substr(actual_start, 20) NOT LIKE '%+%' AND substr(actual_start, 20) NOT LIKE '%-%';
UPDATE agenda_item SET actual_end = actual_end || to_char((actual_end)::timestamp::timestamptz, 'TZH:TZM')
    WHERE actual_end IS NOT NULL AND length(actual_end) >= 19 AND actual_end NOT LIKE '%Z'
      AND substr(actual_end, 20) NOT LIKE '%+%' AND substr(actual_end, 20) NOT LIKE '%-%';
UPDATE agenda_item SET paused_at = paused_at || to_char((paused_at)::timestamp::timestamptz, 'TZH:TZM')
    WHERE paused_at IS NOT NULL AND length(paused_at) >= 19 AND paused_at NOT LIKE '%Z'
      AND substr(paused_at, 20) NOT LIKE '%+%' AND substr(paused_at, 20) NOT LIKE '%-%';
UPDATE note SET created_at = created_at || to_char((created_at)::timestamp::timestamptz, 'TZH:TZM')
    WHERE created_at IS NOT NULL AND length(created_at) >= 19 AND created_at NOT LIKE '%Z'
      AND substr(created_at, 20) NOT LIKE '%+%' AND substr(created_at, 20) NOT LIKE '%-%';
UPDATE note SET updated_at = updated_at || to_char((updated_at)::timestamp::timestamptz, 'TZH:TZM')
    WHERE updated_at IS NOT NULL AND length(updated_at) >= 19 AND updated_at NOT LIKE '%Z'
      AND substr(updated_at, 20) NOT LIKE '%+%' AND substr(updated_at, 20) NOT LIKE '%-%';
UPDATE decision SET decided_at = decided_at || to_char((decided_at)::timestamp::timestamptz, 'TZH:TZM')
    WHERE decided_at IS NOT NULL AND length(decided_at) >= 19 AND decided_at NOT LIKE '%Z'
      AND substr(decided_at, 20) NOT LIKE '%+%' AND substr(decided_at, 20) NOT LIKE '%-%';
UPDATE priority_selection SET confirmed_at = confirmed_at || to_char((confirmed_at)::timestamp::timestamptz, 'TZH:TZM')
    WHERE confirmed_at IS NOT NULL AND length(confirmed_at) >= 19 AND confirmed_at NOT LIKE '%Z'
      AND substr(confirmed_at, 20) NOT LIKE '%+%' AND substr(confirmed_at, 20) NOT LIKE '%-%';
