-- A refusal of a whole endpoint (wrong role) concerns no article, and is audited all the same.
alter table audit_entry alter column article_id drop not null;
create index audit_entry_action on audit_entry (action, occurred_at);
