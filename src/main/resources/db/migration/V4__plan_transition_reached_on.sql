-- The day each step of the cycle actually happened, which can differ from the day it was entered.
alter table phase_transition add column reached_on date;
update phase_transition set reached_on = cast(moved_at as date);
alter table phase_transition alter column reached_on set not null;
