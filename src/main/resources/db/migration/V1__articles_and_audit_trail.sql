create table article (
    id                  uuid primary key,
    title               varchar(1000) not null,
    source              varchar(200)  not null,
    url                 varchar(2000),
    language            varchar(16),
    media_type          varchar(100)  not null,
    original_content    ${binary_type} not null,
    working_text        ${text_type}   not null,
    content_hash        varchar(64)   not null,
    received_at         timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    state               varchar(20)   not null,
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint article_source_content_unique unique (source, content_hash)
);
create index article_state_received on article (state, received_at);
create index article_process_instance on article (process_instance_id);

create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id            bigint primary key,
    article_id    uuid         not null references article (id),
    actor         varchar(200) not null,
    actor_subject varchar(200),
    action        varchar(40)  not null,
    from_state    varchar(20),
    to_state      varchar(20),
    task_id       varchar(64),
    task_key      varchar(64),
    detail        varchar(4000),
    occurred_at   timestamp with time zone not null
);
create index audit_entry_article on audit_entry (article_id, id);
