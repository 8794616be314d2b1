-- Trace sets (immutable once stored, but for their assessments), one row per trace,
-- and the submissions that reference them.

create sequence trace_set_seq start with 1 increment by 50;

create table trace_set (
    id                bigint        not null primary key,
    organisation_id   varchar(64)   not null references organisation (id),
    name              varchar(300)  not null,
    intervention      varchar(300)  not null,
    submission_id     varchar(36)   references submission (id),
    created_by        varchar(64)   not null,
    created_at        timestamp     not null,
    trace_count       integer       not null,
    content_hash      varchar(71)   not null,
    lexicon_hash      varchar(71)   not null,
    c2_score          double precision,
    c2_rationale      text,
    c3_score          double precision,
    c3_rationale      text,
    assessed_by       varchar(64),
    assessed_at       timestamp
);

create index ix_trace_set_organisation on trace_set (organisation_id, created_at);

-- What the rates and TI-S need; the reasoning text itself is not kept, only its flags
-- under the lexicon whose hash the set records.
create table trace (
    trace_set_id    bigint        not null references trace_set (id),
    line_number     integer       not null,
    trace_id        varchar(200)  not null,
    scenario_id     varchar(200)  not null,
    attack_family   varchar(200)  not null,
    language        varchar(35)   not null,
    arm             varchar(10)   not null,
    cue             varchar(10)   not null,
    label           varchar(24)   not null,
    text_verdict    varchar(8),
    action_verdict  varchar(8),
    model           varchar(200),
    reasoning       boolean       not null,
    detected        boolean       not null,
    pivot           boolean       not null,
    aware           boolean       not null,
    constraint pk_trace primary key (trace_set_id, line_number),
    constraint uq_trace_id unique (trace_set_id, trace_id)
);

create table submission_trace_set (
    submission_id    varchar(36)    not null references submission (id),
    trace_set_id     bigint         not null references trace_set (id),
    risk_acceptance  text,
    constraint pk_submission_trace_set primary key (submission_id, trace_set_id)
);

create index ix_submission_trace_set_set on submission_trace_set (trace_set_id);
