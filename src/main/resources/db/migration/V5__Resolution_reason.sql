-- signal: why a signal was resolved without a step recorded (false-alarm, client-declined, other);
-- null when it was resolved after steps were taken. The share of false alarms per kind is what
-- supervisors watch for alert fatigue.
alter table signal add column resolution_reason varchar(40);
