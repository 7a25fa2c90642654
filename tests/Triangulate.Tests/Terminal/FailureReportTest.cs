using Microsoft.Data.Sqlite;
using Triangulate.Cli.Commands;
using Triangulate.Cli.Terminal;

namespace Triangulate.Tests.Terminal;

public class FailureReportTest
{
    [Fact]
    public void AReadOnlyStoreIsNamedWithWhatToDo()
    {
        var (exitCode, message) = FailureReport.Describe(new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8), "news/store.db");

        Assert.Equal(ExitCodes.StoreUnavailable, exitCode);
        Assert.Contains("news/store.db is read-only", message);
        Assert.Contains("--db", message);
    }

    [Fact]
    public void AFullDiskSaysWhatIsKeptAndHowToGoOn()
    {
        var fromSqlite = FailureReport.Describe(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13), "store.db");
        var fromFile = FailureReport.Describe(new IOException("No space left on device : 'report.html'", 28), "store.db");

        Assert.Equal(ExitCodes.CannotWrite, fromSqlite.ExitCode);
        Assert.Contains("full", fromSqlite.Message);
        Assert.Contains("run the same command again", fromSqlite.Message);
        Assert.Equal(ExitCodes.CannotWrite, fromFile.ExitCode);
        Assert.Contains("disk is full", fromFile.Message);
    }

    [Fact]
    public void ABugIsNotDisguisedAsBadInput()
    {
        var (exitCode, message) = FailureReport.Describe(new InvalidOperationException("Sequence contains no elements"), "store.db");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("bug", message);
    }
}
