-- Sessions kept in the database when Hemicycle runs as several nodes (hemicycle.cluster=true): Spring Session
-- JDBC's tables, as its schema for PostgreSQL has them, with room for a whole email address as the principal.
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  integer      not null,
    expiry_time            bigint       not null,
    principal_name         varchar(254),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Failed sign-ins and password checks, counted per window, shared by every node. A row is a subject
-- ("login|address|email", "login|address|*", "password|account id"); rows whose window ended are deleted.
create table sign_in_failure (
    subject         varchar(320) not null,
    failures        integer      not null,
    window_started  timestamp with time zone not null,
    constraint pk_sign_in_failure primary key (subject)
);
create index ix_sign_in_failure_window on sign_in_failure (window_started);
