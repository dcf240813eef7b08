-- Each audit entry is sealed into a hash chain: one chain per article (its row lock orders the entries), one for
-- refusals and one for the desk's own settings and people. Rows written before this version are sealed at
-- start-up, in the order of their ids.
alter table audit_entry add column chain_key varchar(64);
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index audit_entry_chain on audit_entry (chain_key, chain_seq);
create index audit_entry_unsealed on audit_entry (entry_hash, id);
create index audit_entry_occurred on audit_entry (occurred_at, id);

-- The rows whose lock orders the chains that have no article row.
create table audit_chain_lock (
    name varchar(64) primary key
);
insert into audit_chain_lock (name) values ('refusals');
insert into audit_chain_lock (name) values ('desk');
insert into audit_chain_lock (name) values ('anchors');

-- A periodic anchor: the head of every chain that moved since the anchor before, itself chained to that anchor.
create table audit_anchor (
    id            bigint primary key,
    created_at    timestamp with time zone not null,
    chains        integer      not null,
    previous_hash varchar(64),
    anchor_hash   varchar(64)  not null
);
create table audit_anchor_head (
    anchor_id  bigint      not null references audit_anchor (id),
    chain_key  varchar(64) not null,
    chain_seq  bigint      not null,
    entry_hash varchar(64) not null,
    primary key (anchor_id, chain_key)
);
create index audit_anchor_head_chain on audit_anchor_head (chain_key, chain_seq);
