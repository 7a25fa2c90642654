using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Triangulate.Tests.Cli;

/// <summary>
/// Kills an ingest (the real program, as a child process) at seeded random moments, then checks the store: SQLite's
/// integrity check passes, the full-text index matches its sentences, nothing is stored twice, no child row lost its
/// article, and ingesting again resumes to exactly what one uninterrupted ingest stores.
/// </summary>
public class CrashConsistencyTest : IDisposable
{
    private const int Articles = 1600;
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void AnIngestKilledAtRandomPointsResumesToTheSameContent()
    {
        var input = _folder.File("wire.jsonl", string.Join('\n', Enumerable.Range(0, Articles).Select(Line)));
        var crashed = Path.Combine(_folder.Path, "crashed.db");
        var random = new Random(1409);

        for (var kill = 0; kill < 4; kill++)
        {
            KillDuring(TimeSpan.FromMilliseconds(random.Next(250, 2500)), "ingest", input, "--db", crashed, "--threads", "1");
            if (File.Exists(crashed))
                AssertConsistent(crashed);
        }
        var resumed = CliRun.Run("ingest", input, "--db", crashed);
        var clean = Path.Combine(_folder.Path, "clean.db");
        CliRun.Run("ingest", input, "--db", clean);

        Assert.Equal(0, resumed.ExitCode);
        AssertConsistent(crashed);
        Assert.Equal(Content(clean), Content(crashed));
        Assert.Equal(Articles, Content(crashed).Count);
    }

    private static string Line(int n) => JsonSerializer.Serialize(new
    {
        id = $"kell-{n:D5}",
        title = $"Flood barrier {n} gives way on the Sarn",
        date = "2026-06-09",
        text = $"A flood barrier numbered {n} on the Sarn river gave way on Tuesday, officials said. " +
            $"Crews from district {n % 17} worked through the night to close the gap.\n\nGovernor Ilse Marren said {n % 40 + 2} homes were damaged.",
    });

    private static void KillDuring(TimeSpan delay, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(delay))
            process.Kill();
        process.WaitForExit();
    }

    private static void AssertConsistent(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        // Killed before the first migration committed (a slow start on a busy machine): the file holds no tables yet.
        if (Scalar(connection, "PRAGMA user_version") is 0L)
            return;
        Scalar(connection, "INSERT INTO sentence_search(sentence_search) VALUES ('integrity-check')");
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) - count(DISTINCT id) FROM articles"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM articles GROUP BY source, content_hash HAVING count(*) > 1 UNION ALL SELECT 0 LIMIT 1"));
        foreach (var child in new[] { "paragraphs", "sentences", "credits", "removed_lines" })
            Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM {child} WHERE article_seq NOT IN (SELECT seq FROM articles)"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM articles WHERE seq NOT IN (SELECT article_seq FROM paragraphs)"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Every stored article as id, title and body, in id order.</summary>
    private static List<string> Content(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.title, a.published_value, (SELECT group_concat(text, '|') FROM (SELECT text FROM paragraphs p WHERE p.article_seq = a.seq ORDER BY idx))
            FROM articles a ORDER BY a.id
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetValue(2)} {reader.GetValue(3)}");
        return rows;
    }
}
