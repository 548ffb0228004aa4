-- When a consultation's timeline and ways to take part were first published: the co-creation scorecard checks it
-- came at least two weeks before the consultation opened (OGP standard 3). Consultations so far had it from the start.
alter table consultation add column timeline_published_at timestamp with time zone;
update consultation set timeline_published_at = created_at where timeline is not null;
