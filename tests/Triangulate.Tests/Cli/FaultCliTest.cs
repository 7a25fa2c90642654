using System.Diagnostics;
using System.Text.Json;

namespace Triangulate.Tests.Cli;

/// <summary>Faults and hostile input through the real program: clear messages and exit codes, never a stack trace or a raw control character.</summary>
public class FaultCliTest : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AReadCommandOnAMistypedStoreSaysSoAndCreatesNothing()
    {
        var (exitCode, output, errors) = CliRun.Run("articles", "--db", Database);

        Assert.Equal(5, exitCode);
        Assert.Contains($"no store at {Database}", errors);
        Assert.Equal("", output);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void AFileThatIsNotADatabaseAndAMissingFolderGetMessagesNotStackTraces()
    {
        var notes = _folder.File("notes.txt", "Shopping: bread, milk, a new umbrella.\n");
        var input = _folder.File("in/a.txt", "Ferry strike ends\n\nCrews returned to work on Wednesday.");

        var notADatabase = CliRun.Run("search", "ferry", "--db", notes);
        var missingFolder = CliRun.Run("ingest", input, "--db", Path.Combine(_folder.Path, "no", "such", "store.db"));

        Assert.Equal(5, notADatabase.ExitCode);
        Assert.Contains("is not a Triangulate store", notADatabase.Errors);
        Assert.Equal(5, missingFolder.ExitCode);
        Assert.Contains("folder does not exist", missingFolder.Errors);
        Assert.DoesNotContain("   at ", notADatabase.Errors + missingFolder.Errors);
        Assert.DoesNotContain("Exception", notADatabase.Errors + missingFolder.Errors);
    }

    [Fact]
    public void FirstIngestsStartedTogetherIntoOneNewStoreAllSucceed()
    {
        var input = _folder.File("in/a.txt", "Ferry strike ends\n\nCrews returned to work on Wednesday, union leaders said.");
        for (var round = 0; round < 3; round++)
        {
            var store = Path.Combine(_folder.Path, $"new-{round}.db");
            var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(() => CliRun.Run("ingest", input, "--db", store))).ToArray();

            Assert.All(runs, run => Assert.True(run.Result.ExitCode == 0, run.Result.Errors));
            Assert.Equal(1, JsonDocument.Parse(CliRun.Run("articles", "--db", store, "--json").Output).RootElement.GetArrayLength());
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ReadCommandsWorkOnAReadOnlyStoreAndIngestSaysItIsReadOnly()
    {
        var input = _folder.File("in/a.txt", "Ferry strike ends\n\nCrews returned to work on Wednesday, union leaders said.");
        var folder = Path.Combine(_folder.Path, "shelf");
        var store = Path.Combine(folder, "store.db");
        Directory.CreateDirectory(folder);
        Assert.Equal(0, CliRun.Run("ingest", input, "--db", store).ExitCode);
        File.SetUnixFileMode(_folder.Path, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, (UnixFileMode)0b101_101_101);
        try
        {
            var articles = CliRun.RunUnprivileged("articles", "--db", store, "--json");
            var search = CliRun.RunUnprivileged("search", "ferry", "--db", store);
            var ingest = CliRun.RunUnprivileged("ingest", input, "--db", store);

            Assert.True(articles.ExitCode == 0, articles.Errors);
            Assert.Equal(1, JsonDocument.Parse(articles.Output).RootElement.GetArrayLength());
            Assert.Equal(0, search.ExitCode);
            Assert.Equal(5, ingest.ExitCode);
            Assert.Contains($"the store {store} is read-only", ingest.Errors);
        }
        finally
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_101);
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("2026-13-45")]
    public void ADateThatIsNotOneIsAUsageError(string date)
    {
        var input = _folder.File("in/a.txt", "Ferry strike ends\n\nCrews returned to work on Wednesday.");

        var (exitCode, _, errors) = CliRun.Run("ingest", input, "--db", Database, "--date", date);

        Assert.Equal(2, exitCode);
        Assert.Contains($"--date {date} is not a date", errors);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void ControlCharactersInArticlesAndFileNamesNeverReachTheTerminalRaw()
    {
        _folder.File("in/clean\nskipped forged.txt", "");
        _folder.File("in/hostile.txt",
            "Ferry\u001b[2J strike\u001b]0;pwned\u0007 ends\n\nCrews \u009b31m returned \u001b]8;;https://x.example\u001b\\to work\u001b]8;;\u001b\\ on Wednesday, \u202eunion leaders said. " +
            "The dispute over night shifts on the Sarn delta ferries had lasted eleven days, and the operator said timetables would be normal by Friday.");

        var run = CliRun.Run("run", Path.Combine(_folder.Path, "in"), "--db", Database);
        var id = JsonDocument.Parse(CliRun.Run("articles", "--db", Database, "--json").Output).RootElement[0].GetProperty("id").GetString()!;
        var show = CliRun.Run("show", id, "--db", Database);
        var json = CliRun.Run("show", id, "--db", Database, "--json");

        foreach (var text in new[] { run.Output, run.Errors, show.Output })
        {
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain('\u0007', text);
            Assert.DoesNotContain('\u009b', text);
            Assert.DoesNotContain('\u202e', text);
        }
        Assert.Contains("strike", show.Output);
        Assert.DoesNotContain(run.Errors.Split('\n'), line => line.StartsWith("skipped forged", StringComparison.Ordinal));
        Assert.Equal("Ferry\u001b[2J strike\u001b]0;pwned\u0007 ends", JsonDocument.Parse(json.Output).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void OutputToAFileBreaksNoWordAndMessagesAreNotWrapped()
    {
        var deep = string.Join('/', Enumerable.Repeat("a-rather-long-folder-name", 5));
        _folder.File($"in/{deep}/empty.txt", "");
        _folder.File("in/festival.txt",
            "Harbour festival moves indoors after storm warnings on the coast\n\n" +
            "Organisers of the Kell harbour festival moved every concert into the old grain hall on Friday, the Meridian Press reported.");

        var (_, output, errors) = CliRun.Run("run", Path.Combine(_folder.Path, "in"), "--db", Database, "--outlet", "Meridian Press");

        Assert.Contains("Meridian Press", output);
        Assert.Contains("Harbour festival moves indoors after storm warnings on the coast", output);
        Assert.Contains($"{deep}/empty.txt: empty file", errors);
    }

    [Fact]
    public void ASurnameFindsTheActorAsTheHelpPromises()
    {
        CliRun.Run("ingest", CliRun.Samples(), "--db", Database);

        var (exitCode, output, errors) = CliRun.Run("actor", "Marren", "--db", Database);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Ilse Marren", output);
    }
}
