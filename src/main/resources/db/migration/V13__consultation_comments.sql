-- Comments on ideas (step 6), threaded one level: a comment on an idea, or a reply to one of its comments. A comment
-- is an input as an idea is: answered, flagged and moderated the same way, and counted in the response coverage. Its
-- title is the start of its text, for the lists that name inputs; an idea keeps the number of its comments.
alter table idea add column kind varchar(10) default 'IDEA' not null;
alter table idea add column comment_on_id bigint references idea (id) on delete cascade;
alter table idea add column reply_to_id bigint references idea (id) on delete cascade;
alter table idea add column comments integer default 0 not null;

-- The consultation's page lists its visible ideas (not comments), most supported first, from one index.
drop index ix_idea_consultation_visible;
create index ix_idea_consultation_listed on idea (consultation_id, kind, moderation, supports desc, id);
-- An idea's page: its comments in order, then the replies to those shown.
create index ix_idea_comments on idea (comment_on_id, reply_to_id, id);
create index ix_idea_replies on idea (reply_to_id, id);
