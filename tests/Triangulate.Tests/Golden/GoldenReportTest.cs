using System.Runtime.CompilerServices;
using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Reports;
using Triangulate.Storage;
using Triangulate.Tests.Cli;

namespace Triangulate.Tests.Golden;

/// <summary>
/// The report of `triangulate run samples/ --json`, byte for byte, against a reviewed copy (samples-report.json here).
/// Any change to what the pipeline finds in the samples shows up as a diff to review. When the change is meant,
/// update the copy with <c>TRIANGULATE_UPDATE_GOLDEN=1 dotnet test --filter GoldenReportTest</c>, read the diff
/// (<c>git diff tests/Triangulate.Tests/Golden</c>) and commit it with the change.
/// </summary>
public class GoldenReportTest
{
    /// <summary>The samples date some articles by weekday only; their year is bounded by this clock, not the day the test runs.</summary>
    private static readonly TimeProvider Clock = new FixedClock(2026, 6, 1);

    [Fact]
    public async Task The_report_on_the_samples_is_the_reviewed_one()
    {
        var actual = await ReportOnSamples();
        var golden = Path.Combine(SourceFolder(), "samples-report.json");

        if (Environment.GetEnvironmentVariable("TRIANGULATE_UPDATE_GOLDEN") == "1")
            await File.WriteAllTextAsync(golden, actual, TestContext.Current.CancellationToken);

        var expected = await File.ReadAllTextAsync(golden, TestContext.Current.CancellationToken);
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"""
                The samples' report differs from {golden} first at line {first + 1}:
                  expected: {expectedLines.ElementAtOrDefault(first)}
                  actual:   {actualLines.ElementAtOrDefault(first)}
                If the change is meant, run TRIANGULATE_UPDATE_GOLDEN=1 dotnet test --filter GoldenReportTest, review `git diff` and commit it.
                """);
        }
    }

    [Fact]
    public async Task Two_runs_on_the_samples_give_the_same_bytes() =>
        Assert.Equal(await ReportOnSamples(), await ReportOnSamples());

    /// <summary>What `run samples/ --json` prints, with sources named from the repository root as a user there would type them.</summary>
    private static async Task<string> ReportOnSamples()
    {
        using var folder = new TempFolder();
        using var store = ArticleStores.Open(folder.Combine("golden.db"));
        // An article's id hashes its source as named, so the samples are named relative to the test's folder inside the
        // repository: the same ids wherever the repository is cloned.
        var samples = Path.GetRelativePath(Environment.CurrentDirectory, CliRun.Samples());
        var corpus = new AnalysedCorpus(store);
        var run = await corpus.AddAsync(new Ingestor(new ReaderOptions(), Clock).Ingest([samples]), cancellation: TestContext.Current.CancellationToken);
        // A sample that fails to read (a pattern's one-second time-out on a machine under heavy load, say) is named here, not as a diff.
        Assert.Empty(run.Summary.Problems.Where(p => !p.NotAnArticle).Select(p => p.ToString()));
        var stories = await corpus.StoriesOfAsync(run.Articles, run.Update, TestContext.Current.CancellationToken);
        var report = await corpus.ReportAsync(run.Articles, stories, run.Update, TestContext.Current.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return ReportJson.Serialize(report).Replace(samples.TrimEnd('/') + "/", "samples/", StringComparison.Ordinal).ReplaceLineEndings("\n") + "\n";
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
