-- How many articles carry each story key, so that a story lookup reads its rare keys (names, figures) first and
-- leaves out the ones a large share of the archive carries (years, weekdays, common acronyms).
create table story_key_frequency (
    story_key varchar(200) primary key,
    articles  bigint       not null
);
insert into story_key_frequency (story_key, articles)
select story_key, count(*) from story_key group by story_key;
