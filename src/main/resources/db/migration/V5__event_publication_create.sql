-- Spring Modulith's event publication registry (its schema v2, in SQL both H2 and PostgreSQL run): each domain
-- event a module listener has yet to handle, so that it is handled after a crash too. Completed ones are deleted.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_listener_idx on event_publication (listener_id);
