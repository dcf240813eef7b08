-- Publishing: what readers and partners see of an article, the outbox of deliveries to each channel, the partners'
-- webhooks, and what each channel shows.

-- The published article as it stands: its latest published version, its embargo, its kill.
create table publication (
    article_id         uuid primary key references article (id),
    slug               varchar(120)  not null unique,
    version            integer       not null,
    headline           varchar(1000) not null,
    body               ${text_type}  not null,
    language           varchar(16),
    source             varchar(200)  not null,
    first_published_at timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    embargoed_until    timestamp with time zone,
    killed_at          timestamp with time zone,
    kill_notice        varchar(4000),
    -- a publisher asked for the kill; a second, different publisher (or an admin) carries it out
    kill_requested_by  varchar(200),
    kill_request_reason varchar(4000)
);

-- Every version readers were given, with the correction note that came with it.
create table publication_version (
    article_id      uuid          not null references article (id),
    version         integer       not null,
    headline        varchar(1000) not null,
    body            ${text_type}  not null,
    correction_note varchar(4000),
    published_by    varchar(200)  not null,
    published_at    timestamp with time zone not null,
    primary key (article_id, version)
);

create table partner (
    id         uuid primary key,
    name       varchar(200)  not null,
    url        varchar(2000) not null,
    secret     varchar(200)  not null,
    active     boolean       not null,
    created_at timestamp with time zone not null
);

-- The outbox: one row per channel (per partner for webhooks) and published version, written in the transaction
-- that publishes. Its id is the webhook-id: the same on every attempt, so a receiver can drop a repeat.
create table delivery (
    id              uuid primary key,
    article_id      uuid          not null references article (id),
    version         integer       not null,
    channel         varchar(20)   not null,
    partner_id      uuid references partner (id),
    event           varchar(40)   not null,
    headline        varchar(1000) not null,
    payload         ${text_type}  not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    leased_by       varchar(100),
    leased_until    timestamp with time zone,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone
);
create index delivery_due on delivery (status, next_attempt_at);
create index delivery_article on delivery (article_id, created_at);

create table delivery_attempt (
    id           uuid primary key,
    delivery_id  uuid         not null references delivery (id),
    attempted_at timestamp with time zone not null,
    status_code  integer,
    error        varchar(2000),
    took_ms      integer      not null
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id, attempted_at);

-- What each pull channel (public API, Atom feed, HTML page) shows of an article: one row, replaced whole by a
-- newer version, so a channel never shows an article twice or half of one.
create table channel_item (
    channel      varchar(20)   not null,
    article_id   uuid          not null references article (id),
    slug         varchar(120)  not null,
    version      integer       not null,
    headline     varchar(1000) not null,
    content      ${text_type}  not null,
    etag         varchar(80)   not null,
    killed       boolean       not null,
    visible_from timestamp with time zone not null,
    published_at timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (channel, article_id)
);
create index channel_item_recent on channel_item (channel, visible_from, published_at);
create index channel_item_slug on channel_item (channel, slug);
