-- The next cycle (step 10): a plan started from the one before it, which it names; a plan has at most one next plan.
-- The commitments the previous plan did not complete come into the new one as draft commitments, each naming the
-- commitment it carries on.
alter table action_plan add column previous_plan_id bigint references action_plan (id) on delete set null;
alter table action_plan add constraint uq_action_plan_previous unique (previous_plan_id);
alter table commitment add column carried_from_id bigint references commitment (id) on delete set null;
