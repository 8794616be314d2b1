-- Sunset alerts, one per state change of a standard version, and their deliveries.

create sequence alert_seq start with 1 increment by 50;
create sequence alert_delivery_seq start with 1 increment by 50;
create sequence delivery_attempt_seq start with 1 increment by 50;

create table alert (
    id               bigint        not null primary key,
    idempotency_key  varchar(300)  not null,
    standard_id      varchar(64)   not null,
    version_label    varchar(64)   not null,
    state            varchar(16)   not null,
    sunset_date      date          not null,
    raised_on        date          not null,
    raised_at        timestamp     not null,
    payload          text          not null,
    constraint uq_alert_key unique (idempotency_key)
);

create table alert_delivery (
    id               bigint        not null primary key,
    alert_id         bigint        not null references alert (id),
    channel          varchar(16)   not null,
    target           varchar(1000) not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp     not null,
    claimed_by       varchar(100),
    claimed_until    timestamp,
    delivered_at     timestamp,
    last_error       varchar(1000)
);

create index ix_alert_delivery_due on alert_delivery (status, next_attempt_at);

create table delivery_attempt (
    id            bigint        not null primary key,
    delivery_id   bigint        not null references alert_delivery (id),
    attempted_at  timestamp     not null,
    instance      varchar(100)  not null,
    succeeded     boolean       not null,
    status_code   integer,
    error         varchar(1000),
    duration_ms   bigint        not null
);

create index ix_delivery_attempt_delivery on delivery_attempt (delivery_id, attempted_at);
