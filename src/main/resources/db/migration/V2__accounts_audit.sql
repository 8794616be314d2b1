-- Accounts, organisations, API tokens and the audit trail.

create sequence api_token_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;

create table organisation (
    id          varchar(64)  not null primary key,
    name        varchar(300) not null,
    created_at  timestamp    not null
);

create table account (
    username        varchar(64)  not null primary key,
    password_hash   varchar(100) not null,
    roles           varchar(100) not null,
    organisation_id varchar(64) references organisation (id),
    disabled        boolean      not null,
    created_at      timestamp    not null,
    password_set_at timestamp    not null
);

create table api_token (
    id           bigint       not null primary key,
    account_id   varchar(64)  not null references account (username),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(16)  not null,
    created_at   timestamp    not null,
    expires_at   timestamp,
    last_used_at timestamp,
    revoked_at   timestamp,
    constraint uq_api_token_hash unique (token_hash)
);

create index ix_api_token_account on api_token (account_id);

create table audit_event (
    id          bigint        not null primary key,
    at          timestamp     not null,
    actor       varchar(64)   not null,
    action      varchar(32)   not null,
    entity_type varchar(64)   not null,
    entity_id   varchar(300)  not null,
    before_json varchar(1000000),
    after_json  varchar(1000000),
    detail      varchar(1000)
);

create index ix_audit_event_at on audit_event (at);
create index ix_audit_event_actor on audit_event (actor, at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id, at);
