-- Submissions (immutable once stored) and the analyses run on them.

create sequence analysis_seq start with 1 increment by 50;

create table submission (
    id                varchar(36)  not null primary key,
    organisation_id   varchar(64)  not null references organisation (id),
    created_by        varchar(64)  not null,
    created_at        timestamp    not null,
    system_name       varchar(300) not null,
    harm_layer        varchar(16)  not null,
    certification     boolean      not null,
    claim_count       integer      not null,
    evaluation_count  integer      not null,
    document_hash     varchar(71)  not null,
    document          text         not null
);

create index ix_submission_organisation on submission (organisation_id, created_at);
create index ix_submission_certification on submission (certification, created_at);

create table analysis (
    id              bigint       not null primary key,
    submission_id   varchar(36)  not null references submission (id),
    as_of           date         not null,
    ruleset_hash    varchar(71)  not null,
    catalog_hash    varchar(71)  not null,
    gap_count       integer      not null,
    created_at      timestamp    not null,
    created_by      varchar(64)  not null,
    result          text         not null,
    constraint uq_analysis_inputs unique (submission_id, as_of, ruleset_hash, catalog_hash)
);
