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
    ];
}
