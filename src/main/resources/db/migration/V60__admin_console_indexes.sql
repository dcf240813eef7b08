-- The admin console finds articles by desk, oldest first, and counts contradictions per day.
create index article_desk_received on article (desk, received_at);
create index claim_link_verdict_created on claim_link (verdict, created_at);
