namespace Triangulate.Storage;

/// <summary>The SQLite schema, by version: each entry migrates from the version before it (PRAGMA user_version).</summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT NOT NULL,
            outlet TEXT,
            outlet_evidence TEXT,
            published_value TEXT,
            published_precision INTEGER,
            published_inferred INTEGER,
            published_evidence TEXT,
            published_has_offset INTEGER,
            byline TEXT,
            UNIQUE (source, content_hash)
        );
        CREATE TABLE credits (
            article_seq INTEGER NOT NULL REFERENCES articles(seq),
            idx INTEGER NOT NULL,
            agency TEXT NOT NULL,
            PRIMARY KEY (article_seq, idx)
        ) WITHOUT ROWID;
        CREATE TABLE paragraphs (
            article_seq INTEGER NOT NULL REFERENCES articles(seq),
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_seq, idx)
        ) WITHOUT ROWID;
        CREATE TABLE removed_lines (
            article_seq INTEGER NOT NULL REFERENCES articles(seq),
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_seq, idx)
        ) WITHOUT ROWID;
        CREATE TABLE sentences (
            rowid INTEGER PRIMARY KEY,
            article_seq INTEGER NOT NULL REFERENCES articles(seq),
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX sentences_by_article ON sentences(article_seq);
        CREATE VIRTUAL TABLE sentence_search USING fts5(
            text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', detail='none', columnsize=0);
        """,
        // The analysis results, beside the articles. Records are read whole by id, so each is one JSON document; what
        // queries filter or sort on is a column, and memberships are tables with their own indexes.
        """
        CREATE TABLE analysis_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            article_count INTEGER NOT NULL,
            outlets TEXT NOT NULL,
            record TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX stories_by_size ON stories(article_count DESC, first_seen, id);
        CREATE INDEX stories_by_time ON stories(first_seen, id);
        CREATE TABLE story_articles (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX story_articles_by_story ON story_articles(story_id);
        CREATE TABLE provenance_groups (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE group_articles (article_id TEXT PRIMARY KEY, group_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX group_articles_by_group ON group_articles(group_id);
        CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, mentions INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX actors_by_mentions ON actors(mentions DESC, name);
        CREATE TABLE actor_names (name TEXT NOT NULL COLLATE NOCASE, actor_id TEXT NOT NULL, PRIMARY KEY (name, actor_id)) WITHOUT ROWID;
        CREATE TABLE actor_articles (actor_id TEXT NOT NULL, article_id TEXT NOT NULL, mentions TEXT NOT NULL, PRIMARY KEY (actor_id, article_id)) WITHOUT ROWID;
        CREATE TABLE claims (id TEXT PRIMARY KEY, value REAL NOT NULL, articles INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX claims_by_support ON claims(articles DESC, value DESC);
        """,
        // Story-level facts: merged events and claims with their support, and each article's attributions. Participants,
        // place, time, sources and evidence live in the record; what lists filter on is a column or a membership table.
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL,
            type TEXT NOT NULL,
            start_day TEXT,
            end_day TEXT,
            origins INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            record TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX events_by_story ON events(story_id);
        CREATE INDEX events_by_type ON events(type, start_day);
        CREATE INDEX events_by_day ON events(start_day, end_day);
        CREATE INDEX events_by_support ON events(origins DESC, articles DESC, start_day, id);
        CREATE TABLE event_articles (article_id TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (article_id, event_id)) WITHOUT ROWID;
        CREATE INDEX event_articles_by_event ON event_articles(event_id);
        CREATE TABLE event_actors (actor TEXT NOT NULL COLLATE NOCASE, event_id TEXT NOT NULL, PRIMARY KEY (actor, event_id)) WITHOUT ROWID;
        CREATE INDEX event_actors_by_event ON event_actors(event_id);
        CREATE TABLE claim_facts (id TEXT PRIMARY KEY, value REAL, origins INTEGER NOT NULL, articles INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX claim_facts_by_support ON claim_facts(origins DESC, articles DESC, id);
        CREATE TABLE claim_fact_articles (article_id TEXT NOT NULL, claim_id TEXT NOT NULL, PRIMARY KEY (article_id, claim_id)) WITHOUT ROWID;
        CREATE TABLE attributions (article_id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
        """,
        // The first claims table (figures without their support) gave way to claim_facts.
        """
        DROP TABLE claims;
        """,
        // A later ingest replaces the analysis of some articles: their actor mentions and merged claims are found by article.
        """
        CREATE INDEX actor_articles_by_article ON actor_articles(article_id);
        CREATE INDEX claim_fact_articles_by_claim ON claim_fact_articles(claim_id);
        CREATE INDEX actor_names_by_actor ON actor_names(actor_id);
        """,
        // The story clusterer's document frequencies over the analysed articles, so a later batch is weighed against the
        // corpus (kind: 0 terms, 1 actors, 2 numbers; the count of documents is in analysis_meta).
        """
        CREATE TABLE story_frequencies (kind INTEGER NOT NULL, key TEXT NOT NULL, documents INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
        """,
    ];
}
