-- A consultation on chosen draft commitments of its plan (step 6), rather than on the whole draft: none chosen means
-- the whole plan. Only the chosen ones take comments on their parts.
create table consultation_commitment (
    consultation_id bigint not null references consultation (id) on delete cascade,
    commitment_id   bigint not null references commitment (id) on delete cascade,
    constraint pk_consultation_commitment primary key (consultation_id, commitment_id)
);
create index ix_consultation_commitment_commitment on consultation_commitment (commitment_id);
