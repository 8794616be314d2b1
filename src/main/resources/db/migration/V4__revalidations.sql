-- Revalidations of standard versions: who reviewed a version against current evidence, when,
-- and with what outcome.

create sequence revalidation_seq start with 1 increment by 50;

create table revalidation (
    id                   bigint        not null primary key,
    standard_version_id  bigint        not null references standard_version (id),
    revalidated_on       date          not null,
    body                 varchar(300)  not null,
    evidence_considered  varchar(4000),
    outcome              varchar(32)   not null,
    note                 varchar(4000),
    recorded_at          timestamp     not null,
    recorded_by          varchar(64)   not null
);

create index ix_revalidation_version on revalidation (standard_version_id, revalidated_on);
