-- How many of a consultation's contributions moderation hides, counted on every view of its page: from this index,
-- the hidden few are counted without reading every listed idea (measured with bench/consultation.sh).
create index ix_idea_consultation_moderation on idea (consultation_id, moderation);
