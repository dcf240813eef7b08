-- Reviewers' comments on an article, the people each one mentions, and what the portal tells a person without a
-- reload: a mention, a task handed to them, an article they handled sent back.

create table article_comment (
    id         uuid primary key,
    article_id uuid          not null references article (id),
    author     varchar(200)  not null,
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);
create index article_comment_article on article_comment (article_id, created_at);

create table comment_mention (
    comment_id uuid         not null references article_comment (id),
    username   varchar(200) not null,
    primary key (comment_id, username)
);

create table notification (
    id            uuid primary key,
    recipient     varchar(200)  not null,
    kind          varchar(20)   not null,
    article_id    uuid          not null references article (id),
    article_title varchar(1000) not null,
    actor         varchar(200)  not null,
    detail        varchar(4000),
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone
);
create index notification_recipient on notification (recipient, created_at);
