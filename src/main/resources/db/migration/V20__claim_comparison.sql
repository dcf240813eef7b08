-- The pairs of articles whose claims were compared. Articles of two stories merged later by an article that
-- bridged them were never compared; the story's next extraction finds them here and compares them.
create table claim_comparison (
    article_id       uuid not null references article (id),
    other_article_id uuid not null references article (id),
    primary key (article_id, other_article_id)
);
create index claim_comparison_other on claim_comparison (other_article_id);
