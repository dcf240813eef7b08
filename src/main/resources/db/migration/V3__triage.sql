-- What automatic triage found, the stories articles belong to, and the indexes that find duplicates and
-- story candidates without scanning.
create table story (
    id         uuid primary key,
    title      varchar(1000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

alter table article add column story_id uuid references story (id);
alter table article add column priority varchar(20);
alter table article add column desk varchar(40);
alter table article add column routing_reasons varchar(4000);
create index article_story on article (story_id);

create table article_finding (
    id                 uuid primary key,
    article_id         uuid         not null references article (id),
    kind               varchar(40)  not null,
    severity           varchar(20)  not null,
    span_start         integer      not null,
    span_end           integer      not null,
    explanation        varchar(4000) not null,
    removed            boolean      not null,
    related_article_id uuid
);
create index article_finding_article on article_finding (article_id, span_start);

create table article_signature (
    article_id     uuid primary key references article (id),
    content_sha256 varchar(64) not null,
    min_hash       ${binary_type} not null
);
create index article_signature_sha on article_signature (content_sha256);

create table article_band (
    band_key   bigint not null,
    article_id uuid   not null references article (id)
);
create index article_band_key on article_band (band_key, article_id);

create table story_key (
    story_key  varchar(200)     not null,
    article_id uuid             not null references article (id),
    weight     double precision not null
);
create index story_key_key on story_key (story_key, article_id);
create index story_key_article on story_key (article_id);

create table article_version (
    article_id uuid         not null references article (id),
    number     integer      not null,
    text       ${text_type} not null,
    author     varchar(200) not null,
    reason     varchar(1000) not null,
    created_at timestamp with time zone not null,
    primary key (article_id, number)
);

-- The text as received, decoded; finding spans point into it.
alter table article add column original_text ${text_type};

-- Story clustering takes this row's lock, so that two articles about one event arriving at the same moment
-- on any node end up in one story.
create table triage_lock (name varchar(40) primary key);
insert into triage_lock (name) values ('stories');
