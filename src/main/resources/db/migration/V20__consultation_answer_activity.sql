-- An input accepted into a commitment may name the activity of it that it became (step 6): traceable both ways, to
-- the activity as to the commitment. The activity removed, the answer keeps its commitment.
alter table idea add column answer_activity_id bigint references activity (id) on delete set null;
alter table idea_answer add column activity_id bigint references activity (id) on delete set null;
create index ix_idea_answer_activity on idea (answer_activity_id);
create index ix_idea_answer_history_activity on idea_answer (activity_id);
