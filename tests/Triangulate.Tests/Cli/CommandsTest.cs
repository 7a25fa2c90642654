using System.CommandLine;
using System.Text.Json;
using Triangulate.Cli;

namespace Triangulate.Tests.Cli;

/// <summary>A store of the samples, ingested once by the real program, for the commands that only read.</summary>
public sealed class SamplesStore : IDisposable
{
    private readonly TempFolder _folder = new();

    public SamplesStore()
    {
        Ingest = CliRun.Run("ingest", CliRun.Samples(), "--db", Path);
        Articles = JsonDocument.Parse(CliRun.Run("articles", "--db", Path, "--json").Output).RootElement.Clone();
    }

    public string Path => System.IO.Path.Combine(_folder.Path, "samples.db");

    public (int ExitCode, string Output, string Errors) Ingest { get; }

    public JsonElement Articles { get; }

    /// <summary>The stored article read from a sample file, by the end of its source.</summary>
    public string IdOf(string sourceEnding) =>
        Articles.EnumerateArray().Single(a => a.GetProperty("source").GetString()!.EndsWith(sourceEnding, StringComparison.Ordinal)).GetProperty("id").GetString()!;

    /// <summary>A new empty folder under the fixture's scratch folder.</summary>
    public string Folder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(_folder.Path, name)).FullName;

    public string File(string name) => System.IO.Path.Combine(_folder.Path, name);

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// Every command of the command line, run as a user runs it (the real program, a store built from the samples or
/// from small fixtures): its exit code, that --json parses into what it promises, and that its output names what it
/// was asked about. <see cref="Every_command_of_the_root_is_tested_here"/> fails when a command is added without a test.
/// </summary>
public class CommandsTest(SamplesStore samples) : IClassFixture<SamplesStore>
{
    /// <summary>The commands this class runs; keep it in step with the tests below.</summary>
    private static readonly string[] Tested =
    [
        "run", "ingest", "analyze", "articles", "show", "search", "copies", "provenance", "synth", "stories", "story",
        "actors", "actor", "claims", "events", "report", "eval", "fit", "bench", "export", "serve",
    ];

    private const string WireSample = "mpa-wire.txt";
    private const string CopySample = "harbour-daily.txt";

    private (int ExitCode, string Output, string Errors) Read(params string[] arguments) => CliRun.Run([.. arguments, "--db", samples.Path]);

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    [Fact]
    public void Every_command_of_the_root_is_tested_here() =>
        Assert.Equal(CliRoot.Create().Subcommands.Select(c => c.Name).Order(), Tested.Order());

    [Fact]
    public void Every_command_option_and_argument_says_what_it_is_for()
    {
        static IEnumerable<Command> All(Command command) => command.Subcommands.SelectMany(All).Prepend(command);

        var silent = All(CliRoot.Create())
            .SelectMany(c => c.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption).Select(o => (c.Name, Symbol: (Symbol)o))
                .Concat(c.Arguments.Select(a => (c.Name, Symbol: (Symbol)a)))
                .Prepend((c.Name, Symbol: (Symbol)c)))
            .Where(s => string.IsNullOrWhiteSpace(s.Symbol.Description) || s.Symbol.Description.Length < 15)
            .Select(s => $"{s.Name}: {s.Symbol.Name}");

        Assert.Empty(silent);
    }

    [Fact]
    public void Help_lists_every_command_and_a_command_help_its_options()
    {
        var root = CliRun.Run("--help");
        var stories = CliRun.Run("stories", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.All(Tested, command => Assert.Contains($"  {command} ", root.Output));
        Assert.Contains("triangulate run samples/", root.Output);
        Assert.Contains("--outlet", stories.Output);
        Assert.Contains("largest first", stories.Output);
    }

    [Fact]
    public void Ingest_stores_the_samples_and_articles_lists_them()
    {
        var table = Read("articles");

        Assert.True(samples.Ingest.ExitCode == 0, samples.Ingest.Errors);
        Assert.Contains("new", samples.Ingest.Errors);
        Assert.True(samples.Articles.GetArrayLength() >= 12, $"only {samples.Articles.GetArrayLength()} samples stored");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(samples.IdOf(WireSample)[..8], table.Output);
    }

    [Fact]
    public void Run_prints_the_report_of_its_inputs_only()
    {
        var folder = samples.Folder("run-inputs");
        System.IO.File.Copy(System.IO.Path.Combine(CliRun.Samples(), "text", WireSample), System.IO.Path.Combine(folder, WireSample));
        System.IO.File.Copy(System.IO.Path.Combine(CliRun.Samples(), "text", CopySample), System.IO.Path.Combine(folder, CopySample));

        var (exitCode, output, _) = CliRun.Run("run", folder, "--db", samples.File("run.db"), "--json");

        Assert.Equal(0, exitCode);
        var report = Json(output);
        Assert.Equal(2, report.GetProperty("articles").GetArrayLength());
        var story = Assert.Single(report.GetProperty("stories").EnumerateArray());
        Assert.Equal(2, story.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Run_on_a_large_corpus_shows_the_first_rows_and_says_where_the_rest_are()
    {
        var folder = samples.Folder("many-inputs");
        string[] towns = ["Kell", "Velmora", "Port Arden", "Halden", "Brisk", "Oster", "Lanmoor"];
        string[] matters = ["ferry timetable", "school roof repairs", "harbour dredging", "bus depot", "library hours", "water main", "market licences", "bridge tolls"];
        for (var i = 0; i < 56; i++)
        {
            var town = towns[i % towns.Length];
            var matter = matters[i / towns.Length];
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, $"item-{i:00}.txt"),
                $"{town} council settles {matter}\n\nThe council of {town} voted on the {matter} on Monday, its clerk said. Councillors will meet again in {matters[(i + 3) % matters.Length]} talks next month.\n");
        }

        var (exitCode, output, _) = CliRun.Run("run", folder, "--db", samples.File("many.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("50 of 56 articles (`triangulate articles` lists them all)", output);
        var articleTable = output.Split('\n').TakeWhile(line => !line.Contains("of 56 articles", StringComparison.Ordinal));
        Assert.Equal(1 + 50, articleTable.Count(line => line.StartsWith('│')));
    }

    [Fact]
    public void Analyze_replaces_the_analysis_with_the_same_stories()
    {
        var store = samples.File("analyze.db");
        CliRun.Run("ingest", System.IO.Path.Combine(CliRun.Samples(), "text"), "--db", store);
        var before = CliRun.Run("stories", "--db", store, "--json");

        var analyze = CliRun.Run("analyze", "--db", store);
        var after = CliRun.Run("stories", "--db", store, "--json");

        Assert.Equal(0, analyze.ExitCode);
        Assert.Equal(Titles(before.Output), Titles(after.Output));
        Assert.NotEmpty(Titles(after.Output));
    }

    private static List<string> Titles(string storiesJson) =>
        [.. Json(storiesJson).EnumerateArray().Select(s => s.GetProperty("title").GetString()!).Order()];

    [Fact]
    public void Show_prints_an_article_and_its_json_is_the_report_article()
    {
        var id = samples.IdOf(WireSample);

        var text = Read("show", id[..8]);
        var json = Json(Read("show", id, "--json").Output);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Meridian Press Agency", text.Output);
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.True(json.GetProperty("body").GetArrayLength() > 0);
    }

    [Fact]
    public void Search_finds_the_words_in_the_samples()
    {
        var hits = Json(Read("search", "barrier", "--json").Output);

        Assert.True(hits.GetArrayLength() >= 2);
        Assert.All(hits.EnumerateArray(), hit => Assert.Contains("barrier", hit.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Copies_shows_what_a_copy_derives_from()
    {
        var copy = samples.IdOf(CopySample);

        var text = Read("copies", copy);
        var json = Json(Read("copies", copy, "--json").Output);

        Assert.Equal(0, text.ExitCode);
        Assert.Equal(copy, json.GetProperty("article").GetString());
        var group = json.GetProperty("group");
        Assert.Contains(group.GetProperty("derivations").EnumerateArray(), d => d.GetProperty("article").GetString() == copy);
        Assert.Equal(4, Read("copies", "ffffffff").ExitCode);
    }

    [Fact]
    public void Provenance_draws_the_tree_of_a_story()
    {
        var wire = samples.IdOf(WireSample);
        var story = Json(Read("stories", "--json").Output).EnumerateArray()
            .First(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == wire)).GetProperty("id").GetString()!;

        var text = Read("provenance", story);
        var groups = Json(Read("provenance", story, "--json").Output);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("MPA", text.Output);
        Assert.Contains(groups.EnumerateArray(), g => g.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == wire));
    }

    [Fact]
    public void Stories_lists_and_story_shows_one_by_its_prefix()
    {
        var stories = Json(Read("stories", "--json").Output);
        var largest = stories[0];
        var id = largest.GetProperty("id").GetString()!;

        var table = Read("stories");
        var story = Read("story", id["story-".Length..][..8]);
        var json = Json(Read("story", id, "--json").Output);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(id["story-".Length..][..8], table.Output);
        Assert.Equal(0, story.ExitCode);
        Assert.Contains(samples.IdOf(WireSample)[..8], story.Output);
        Assert.Equal(id, Assert.Single(json.GetProperty("stories").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(largest.GetProperty("articles").GetArrayLength(), json.GetProperty("articles").GetArrayLength());
        Assert.Equal(4, Read("story", "00000000").ExitCode);
    }

    [Fact]
    public void Actors_lists_and_actor_finds_one_by_a_surname()
    {
        var actors = Json(Read("actors", "--json").Output);
        var actor = Read("actor", "Marren");
        var json = Json(Read("actor", "Marren", "--json").Output);

        Assert.Contains(actors.EnumerateArray(), a => a.GetProperty("name").GetString() == "Ilse Marren");
        Assert.Equal(0, actor.ExitCode);
        Assert.Contains("Ilse Marren", actor.Output);
        Assert.Equal("Ilse Marren", json.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal("person", json.GetProperty("actor").GetProperty("type").GetString());
        Assert.NotEqual(0, Read("actor", "Nobody Atall").ExitCode);
    }

    [Fact]
    public void Claims_lists_figures_above_the_minimum()
    {
        var claims = Json(Read("claims", "--min", "100", "--json").Output);

        Assert.NotEmpty(claims.EnumerateArray());
        Assert.All(claims.EnumerateArray(), c => Assert.True(c.GetProperty("value").GetDouble() >= 100));
        Assert.Contains(claims.EnumerateArray(), c => c.GetProperty("value").GetDouble() == 1200);
    }

    [Fact]
    public void Events_lists_events_of_a_type_with_their_evidence()
    {
        var all = Json(Read("events", "--json").Output);
        var statements = Json(Read("events", "--type", "statement", "--json").Output);
        var table = Read("events");

        Assert.NotEmpty(statements.EnumerateArray());
        Assert.True(all.GetArrayLength() > statements.GetArrayLength());
        Assert.All(statements.EnumerateArray(), e =>
        {
            Assert.Equal("statement", e.GetProperty("type").GetString());
            Assert.NotEmpty(e.GetProperty("evidence").EnumerateArray());
        });
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("statement", table.Output);
    }

    /// <summary>The web app itself is tested in Triangulate.Web.Tests; here, that its command teaches how to reach it safely.</summary>
    [Fact]
    public void Serve_teaches_its_port_and_that_other_hosts_need_a_token()
    {
        var help = CliRun.Run("serve", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--port", help.Output);
        Assert.Contains("--token", help.Output);
    }

    [Fact]
    public void Report_prints_the_schema_and_writes_a_page()
    {
        var page = samples.File("report.html");

        var json = Json(Read("report", "--json").Output);
        var html = Read("report", "--html", page);

        Assert.Equal(samples.Articles.GetArrayLength(), json.GetProperty("articles").GetArrayLength());
        Assert.True(json.GetProperty("stories").GetArrayLength() > 0);
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("<html", System.IO.File.ReadAllText(page), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Export_writes_claims_as_csv_and_the_timeline_as_json()
    {
        var claims = Read("export", "claims");
        var timeline = Read("export", "timeline");
        var network = samples.File("actors.graphml");
        var actors = Read("export", "actors", "--out", network);

        Assert.Equal(0, claims.ExitCode);
        Assert.StartsWith("claim_id,", claims.Output);
        Assert.Equal(JsonValueKind.Array, Json(timeline.Output).ValueKind);
        Assert.Equal(0, actors.ExitCode);
        Assert.Contains("<graphml", System.IO.File.ReadAllText(network));
    }

    /// <summary>synth makes a corpus from a few articles; eval scores stories and provenance on it; fit chooses story settings from it.</summary>
    [Fact]
    public void Synth_makes_a_corpus_that_eval_and_fit_read()
    {
        var source = SourceCorpus(samples.Folder("synth-source"));
        var corpus = samples.File("synth");

        var synth = CliRun.Run("synth", source, "--out", corpus, "--families", "3", "--distractors", "2");
        var stories = CliRun.Run("eval", "stories", corpus, "--json");
        var provenance = CliRun.Run("eval", "provenance", corpus, "--json");
        var fit = CliRun.Run("fit", "stories", corpus);

        Assert.Equal(0, synth.ExitCode);
        Assert.True(System.IO.File.ReadLines(System.IO.Path.Combine(corpus, "docs.jsonl")).Count() > 5);
        Assert.Equal(0, stories.ExitCode);
        Assert.InRange(Json(stories.Output).GetProperty("b3_f1").GetDouble(), 0, 1);
        Assert.Equal(0, provenance.ExitCode);
        Assert.Equal(JsonValueKind.Object, Json(provenance.Output).ValueKind);
        Assert.Equal(0, fit.ExitCode);
    }

    [Fact]
    public void Bench_times_ingest_and_queries_and_the_whole_run()
    {
        var ingest = CliRun.Run("bench", "ingest", System.IO.Path.Combine(CliRun.Samples(), "text"), "--json");
        var queries = Read("bench", "queries", "--repetitions", "2", "--json");
        var growth = CliRun.Run("bench", "run", "--articles", "30", "--corpus", SourceCorpus(samples.Folder("bench-source")),
            "--work", samples.File("growth"), "--json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains(Json(ingest.Output).EnumerateArray(), row => row.GetProperty("articles").GetInt32() > 0);
        Assert.Equal(0, queries.ExitCode);
        var commands = Json(queries.Output).EnumerateArray().Select(row => row.GetProperty("command").GetString()!.Split(' ')[0]).ToList();
        Assert.Equal(["stories", "story", "copies", "show", "actor"], commands);
        Assert.Equal(0, growth.ExitCode);
        var run = Assert.Single(Json(growth.Output).EnumerateArray());
        Assert.Equal(30, run.GetProperty("articles").GetInt32());
        Assert.True(run.GetProperty("peak_megabytes").GetDouble() > 0);
    }

    /// <summary>A folder of fictional long articles in the docs.jsonl format synth and the growth bench read.</summary>
    private static string SourceCorpus(string folder)
    {
        string[] places = ["Kell", "Velmora", "Ostrava Bay", "Port Mirren", "Dunmore", "Harlow"];
        string[] things = ["flood barrier", "ferry service", "copper mine", "rail bridge", "water plant", "grain port"];
        var lines = places.Select((place, i) => JsonSerializer.Serialize(new
        {
            id = $"source-{i}",
            title = $"{char.ToUpperInvariant(things[i][0])}{things[i][1..]} in {place} shut after inspection",
            text = string.Join(" ", Enumerable.Range(1, 10).Select(n =>
                $"Inspectors in {place} found {n + i * 3} faults at the {things[i]} on day {n}, officials said on Tuesday.")),
        }));
        System.IO.File.WriteAllLines(System.IO.Path.Combine(folder, "docs.jsonl"), lines);
        return folder;
    }
}
