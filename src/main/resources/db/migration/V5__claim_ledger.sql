-- The claim ledger: checkable statements found in articles, the fact-checkers' verdicts, the newsroom's
-- reference facts, and the links between claims that agree or contradict.
-- Values are stored in typed columns so that claims compare as numbers, dates and labels, not as text.
create table claim (
    id                uuid primary key,
    article_id        uuid          not null references article (id),
    position          integer       not null,
    text_version      integer       not null,
    kind              varchar(20)   not null,
    span_start        integer       not null,
    span_end          integer       not null,
    phrase_start      integer       not null,
    phrase_end        integer       not null,
    sentence          ${text_type}  not null,
    language          varchar(16)   not null,
    subject_entity    varchar(200)  not null,
    subject_attribute varchar(200)  not null,
    subject_facet     varchar(40)   not null,
    -- entity|attribute of a claim that can meet others; null when it cannot be compared (quotes, unknown subject)
    subject           varchar(400),
    value_number      numeric(38, 6),
    value_unit        varchar(40),
    value_approximate boolean,
    value_year        integer,
    value_month       integer,
    value_day         integer,
    value_label       varchar(400),
    value_words       ${text_type},
    value_speaker     varchar(400),
    status            varchar(20)   not null,
    evidence          varchar(4000),
    correction        varchar(4000),
    rated_by          varchar(200),
    rated_by_subject  varchar(200),
    rated_at          timestamp with time zone,
    claim_review      ${text_type},
    extracted_at      timestamp with time zone not null
);
create index claim_article on claim (article_id, position);
create index claim_subject on claim (subject, article_id);

create table reference_fact (
    id                  uuid primary key,
    subject             varchar(400)  not null,
    subject_entity      varchar(200)  not null,
    subject_attribute   varchar(200)  not null,
    subject_facet       varchar(40)   not null,
    kind                varchar(20)   not null,
    statement           ${text_type}  not null,
    language            varchar(16)   not null,
    value_number        numeric(38, 6),
    value_unit          varchar(40),
    value_approximate   boolean,
    value_year          integer,
    value_month         integer,
    value_day           integer,
    value_label         varchar(400),
    value_words         ${text_type},
    value_speaker       varchar(400),
    evidence            varchar(4000) not null,
    -- no foreign key to the claim: a revision may re-extract the article's claims, the fact stays
    source_claim_id     uuid          not null,
    source_article_id   uuid          not null references article (id),
    promoted_by         varchar(200)  not null,
    promoted_by_subject varchar(200),
    promoted_at         timestamp with time zone not null
);
create index reference_fact_subject on reference_fact (subject);

-- One row per direction: a contradiction between two articles shows on both.
create table claim_link (
    id             uuid primary key,
    claim_id       uuid        not null references claim (id),
    other_claim_id uuid        references claim (id),
    fact_id        uuid        references reference_fact (id),
    verdict        varchar(20) not null,
    created_at     timestamp with time zone not null
);
create index claim_link_claim on claim_link (claim_id);
create index claim_link_other on claim_link (other_claim_id);
