using System.Text.Json;

namespace Triangulate.Tests.Cli;

public class CliTest : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "cli.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RunOnTheSamplesPrintsTheReportSchema()
    {
        var (exitCode, output, _) = CliRun.Run("run", CliRun.Samples(), "--db", Database, "--json");

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(output);
        var articles = report.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(16, articles.Count);
        foreach (var field in new[] { "id", "source", "title", "outlet", "published", "credits", "body", "removed" })
            Assert.True(articles[0].TryGetProperty(field, out _), $"the report's articles lack \"{field}\"");
        foreach (var array in new[] { "stories", "actors", "events", "claims" })
            Assert.Equal(JsonValueKind.Array, report.RootElement.GetProperty(array).ValueKind);
        var copy = Assert.Single(articles, a => a.GetProperty("source").GetString()!.EndsWith("harbour-daily.txt", StringComparison.Ordinal));
        Assert.Equal("Harbour Daily", copy.GetProperty("outlet").GetString());
        Assert.Contains("Most Popular", copy.GetProperty("removed").EnumerateArray().Select(line => line.GetString()));
    }

    [Fact]
    public void ReingestingIsANoOpAndBadInputsFailWithANamedProblemAndExitCode()
    {
        var good = _folder.File("inputs/good.txt", "Ferry strike ends\n\nCrews on the Sarn delta returned to work on Wednesday, union leaders said.");
        _folder.File("inputs/broken.jsonl", "{\"id\": \"1\", \"text\": \"Ferries resumed.\"}\n{not json\n");
        _folder.File("inputs/blank.txt", "");

        var first = CliRun.Run("ingest", Path.Combine(_folder.Path, "inputs"), "--db", Database);
        var second = CliRun.Run("ingest", good, "--db", Database);
        var listed = CliRun.Run("articles", "--db", Database, "--json");

        Assert.Equal(3, first.ExitCode);
        Assert.Contains("blank.txt: empty file", first.Errors);
        Assert.Contains("line 2", first.Errors);
        Assert.Contains("0 new, 1 already stored", second.Errors);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(listed.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public void ShowAndSearchFindWhatWasIngested()
    {
        CliRun.Run("ingest", CliRun.Samples(), "--db", Database);

        var search = CliRun.Run("search", "embankment", "failing", "--db", Database, "--json");
        var hits = JsonDocument.Parse(search.Output).RootElement;
        var id = hits[0].GetProperty("article_id").GetString()!;
        var show = CliRun.Run("show", id[..8], "--db", Database);
        var missing = CliRun.Run("show", "ffffffff", "--db", Database);

        Assert.True(hits.GetArrayLength() >= 2);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("embankment", show.Output);
        Assert.Equal(4, missing.ExitCode);
    }

    [Fact]
    public void ActorsMergeADeclaredAcronymAndTheReportCarriesThem()
    {
        CliRun.Run("ingest", CliRun.Samples(), "--db", Database);

        var actors = JsonDocument.Parse(CliRun.Run("actors", "--db", Database, "--json").Output).RootElement;
        var union = actors.EnumerateArray().Single(actor => actor.GetProperty("aliases").EnumerateArray().Any(alias => alias.GetString() == "SRWU"));
        var actor = CliRun.Run("actor", "SRWU", "--db", Database);

        Assert.Contains("Sarn River Workers' Union", union.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        Assert.Equal(0, actor.ExitCode);
        Assert.Contains("Tomas Reed", actor.Output);
    }

    [Fact]
    public void HelpTeachesTheCommands()
    {
        var (exitCode, output, _) = CliRun.Run("--help");

        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "run", "ingest", "articles", "show", "search", "eval", "bench" })
            Assert.Contains(command, output);
    }
}
