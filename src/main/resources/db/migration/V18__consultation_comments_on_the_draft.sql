-- Comments on a part of a draft commitment under consultation (step 6): its Issue, Commitment or Justification, or
-- one of its activities or indicators. The comment names the part, not a position in one version's characters, so it
-- stays with the part through every new version; it keeps the part's text as the commenter read it, so that a page can
-- say (and show) what changed since. A comment is an input as any: answered, reported and moderated the same way.
alter table idea add column draft_commitment_id bigint references commitment (id) on delete set null;
alter table idea add column draft_part varchar(20);
alter table idea add column draft_item_id bigint;
alter table idea add column draft_text varchar(8000);

-- A part's comments in order, and each part's count for the commitment's page.
create index ix_idea_draft_part on idea (draft_commitment_id, draft_part, draft_item_id, id);
