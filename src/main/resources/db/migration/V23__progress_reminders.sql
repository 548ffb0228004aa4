-- The reminders sent about an activity's deadline: one before it and one once it has passed, per end date, so that a
-- deadline moved by an amendment is reminded of again and no deadline twice, however many nodes run the job.
create table progress_reminder (
    activity_id  bigint      not null references activity (id) on delete cascade,
    kind         varchar(20) not null,
    end_date     date        not null,
    sent_at      timestamp with time zone not null,
    constraint pk_progress_reminder primary key (activity_id, kind, end_date),
    constraint ck_progress_reminder_kind check (kind in ('DUE_SOON', 'OVERDUE'))
);
