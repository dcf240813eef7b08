-- a duplicate closes linked to the article it repeats
alter table article add column duplicate_of uuid references article (id);
