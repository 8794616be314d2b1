-- Versioned standards catalog. Portable across H2 2.x and PostgreSQL 12+.

create sequence standard_version_seq start with 1 increment by 50;
create sequence amendment_seq start with 1 increment by 50;
create sequence clause_seq start with 1 increment by 50;
create sequence clause_version_seq start with 1 increment by 50;

create table standard (
    id          varchar(64)  not null primary key,
    title       varchar(500) not null,
    publisher   varchar(300) not null,
    kind        varchar(16)  not null,
    recorded_at timestamp    not null
);

create table standard_version (
    id               bigint       not null primary key,
    standard_id      varchar(64)  not null references standard (id),
    label            varchar(64)  not null,
    title            varchar(500),
    published        date         not null,
    in_force_from    date         not null,
    last_revalidated date,
    sunset_date      date,
    supersedes_id    bigint references standard_version (id),
    origin           varchar(16)  not null,
    source           varchar(500),
    recorded_at      timestamp    not null,
    constraint uq_standard_version_label unique (standard_id, label)
);

create table amendment (
    id                  bigint        not null primary key,
    standard_version_id bigint        not null references standard_version (id),
    code                varchar(64)   not null,
    title               varchar(500)  not null,
    adopted             date,
    effective           date          not null,
    citation            varchar(1000),
    note                varchar(4000),
    recorded_at         timestamp     not null,
    constraint uq_amendment_code unique (standard_version_id, code)
);

create table clause (
    id                  bigint       not null primary key,
    standard_version_id bigint       not null references standard_version (id),
    reference           varchar(200) not null,
    parent_id           bigint references clause (id),
    position            integer      not null,
    source_key          varchar(500),
    constraint uq_clause_reference unique (standard_version_id, reference)
);

create table clause_version (
    id                  bigint          not null primary key,
    clause_id           bigint          not null references clause (id),
    revision            integer         not null,
    title               varchar(1000)   not null,
    summary             varchar(1000000),
    requires_evaluation boolean,
    required_layer      varchar(16)     not null,
    annotation          varchar(4000),
    valid_from          date            not null,
    valid_to            date,
    declared_from       date            not null,
    amendment_id        bigint references amendment (id),
    content_hash        varchar(64)     not null,
    recorded_at         timestamp       not null,
    superseded_at       timestamp,
    constraint uq_clause_revision unique (clause_id, revision)
);

create index ix_clause_version_validity on clause_version (clause_id, valid_from);

create table clause_version_assumption (
    clause_version_id bigint      not null references clause_version (id),
    assumption        varchar(32) not null,
    primary key (clause_version_id, assumption)
);

create table finding (
    id             varchar(64)   not null primary key,
    title          varchar(500)  not null,
    citation       varchar(1000) not null,
    arxiv_id       varchar(32),
    url            varchar(1000),
    published      date          not null,
    date_precision varchar(8)    not null,
    summary        varchar(8000) not null,
    content_hash   varchar(64)   not null,
    recorded_at    timestamp     not null
);

create table finding_key_figure (
    finding_id varchar(64)  not null references finding (id),
    position   integer      not null,
    label      varchar(500) not null,
    figure     varchar(200) not null,
    primary key (finding_id, position)
);

create table finding_assumption (
    finding_id varchar(64) not null references finding (id),
    assumption varchar(32) not null,
    primary key (finding_id, assumption)
);

create table finding_context (
    finding_id varchar(64) not null references finding (id),
    context    varchar(32) not null,
    primary key (finding_id, context)
);

create table contraindication (
    id           varchar(64)   not null primary key,
    intervention varchar(32)   not null,
    context      varchar(32)   not null,
    description  varchar(4000) not null,
    content_hash varchar(64)   not null,
    recorded_at  timestamp     not null
);

create table contraindication_finding (
    contraindication_id varchar(64) not null references contraindication (id),
    finding_id          varchar(64) not null references finding (id),
    primary key (contraindication_id, finding_id)
);
