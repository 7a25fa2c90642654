using System.Reflection;
using Triangulate.Storage;

namespace Triangulate.Tests.DesignRules;

/// <summary>
/// The library's folders are the flow of DESIGN.md, and dependencies point one way along it: a stage uses what comes
/// before it, never what comes after, and never the Analysis layer or Storage that sit beside the flow and use it.
/// Checked on the compiled library (signatures and method bodies), so a fully qualified name cannot slip past.
/// </summary>
public class LayeringTest
{
    private static readonly Assembly Library = typeof(Article).Assembly;

    /// <summary>The flow, earliest first; the root namespace holds the article records Ingest makes.</summary>
    private static readonly string[][] Flow =
    [
        ["Triangulate", "Triangulate.Ingest"],
        ["Triangulate.Text"],
        ["Triangulate.Facts"],
        ["Triangulate.Reuse"],
        ["Triangulate.Stories"],
        ["Triangulate.Events"],
        ["Triangulate.Reports", "Triangulate.Exports"],
    ];

    private static readonly string[] Beside = ["Triangulate.Analysis", "Triangulate.Storage"];

    /// <summary>
    /// Facts that need stories or the whole corpus (actors resolved across articles, claims merged across them): they
    /// sit in Facts beside the sentence-level finders, but belong after Stories in the flow.
    /// </summary>
    private static readonly string[] StoryLevelFacts =
        ["Actor", "ActorAlias", "AliasMerge", "ActorResolver", "ResolvedActors", "AliasScope", "NameStats", "ArticleActors"];

    private static readonly IReadOnlyDictionary<Type, TypeDependencies.Uses> Uses = TypeDependencies.Of(Library);

    private static int LayerOf(string? ns) => Array.FindIndex(Flow, layer => layer.Contains(ns));

    private static IEnumerable<(Type Type, Type Used)> LibraryUses() =>
        Uses.SelectMany(entry => entry.Value.Types
            .Where(used => used.Assembly == Library)
            .Select(used => (entry.Key, Outermost(used)))
            .Where(pair => pair.Item2.Namespace != pair.Key.Namespace))
            .Distinct();

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
            type = outer;
        return type;
    }

    [Fact]
    public void Every_namespace_of_the_library_is_a_stage_of_the_flow_or_beside_it()
    {
        var unknown = Uses.Keys.Select(t => t.Namespace).Distinct()
            .Where(ns => ns is not null && !ns.StartsWith("System.", StringComparison.Ordinal) && LayerOf(ns) < 0 && !Beside.Contains(ns));

        Assert.Empty(unknown);
    }

    [Fact]
    public void A_stage_uses_only_itself_and_the_stages_before_it()
    {
        var upstream = LibraryUses()
            .Where(use => LayerOf(use.Type.Namespace) >= 0 && LayerOf(use.Used.Namespace) > LayerOf(use.Type.Namespace))
            .Where(use => !IsTextPrimitiveUsedByIngest(use))
            .Select(use => $"{use.Type.FullName} uses {use.Used.FullName}");

        Assert.Empty(upstream);
    }

    /// <summary>
    /// Text holds two things: primitives that need no article (the hash, the calendar lexicon, the one date parser), which
    /// Ingest uses to read a page and date it, and the per-article text layer that comes after Ingest. Ingest may use the
    /// first kind only: a Text type that itself uses nothing of the library outside Text but what the compiler wrote for
    /// it (a [GeneratedRegex]'s matcher, constant arrays).
    /// </summary>
    private static bool IsTextPrimitiveUsedByIngest((Type Type, Type Used) use) =>
        use.Type.Namespace == "Triangulate.Ingest" && use.Used.Namespace == "Triangulate.Text"
        && Closure(use.Used).All(t => t.Namespace is "Triangulate.Text" or "System.Text.RegularExpressions.Generated" || t.Name.StartsWith('<'));

    /// <summary>
    /// Let through: Reports and Exports render the records the analysis layer answers with (EventView, ClaimView, ...),
    /// never its machinery. Those records sit in Analysis while Analysis itself builds reports, a cycle between the two
    /// folders that moving the view records below Reports would end.
    /// </summary>
    private static bool IsAnalysisRecordRendered((Type Type, Type Used) use) =>
        use.Type.Namespace is "Triangulate.Reports" or "Triangulate.Exports" && use.Used.Namespace == "Triangulate.Analysis" && use.Used.GetMethod("<Clone>$") is not null;

    [Fact]
    public void No_stage_uses_the_analysis_layer_or_storage()
    {
        var inward = LibraryUses()
            .Where(use => LayerOf(use.Type.Namespace) >= 0 && Beside.Contains(use.Used.Namespace) && !IsAnalysisRecordRendered(use))
            .Select(use => $"{use.Type.FullName} uses {use.Used.FullName}");

        Assert.Empty(inward);
    }

    [Fact]
    public void Reuse_and_Stories_do_not_call_back_into_story_level_facts()
    {
        var facts = Library.GetTypes().Where(t => t.Namespace == "Triangulate.Facts").Select(t => t.Name).ToHashSet();
        Assert.All(StoryLevelFacts, name => Assert.Contains(name, facts));

        var back = LibraryUses()
            .Where(use => use.Type.Namespace is "Triangulate.Reuse" or "Triangulate.Stories")
            .Where(use => use.Used.Namespace == "Triangulate.Facts" && StoryLevelFacts.Contains(use.Used.Name))
            .Select(use => $"{use.Type.FullName} uses {use.Used.FullName}");

        Assert.Empty(back);
    }

    [Fact]
    public void Only_storage_knows_the_SQLite_backend()
    {
        var sqlite = Uses
            .Where(entry => entry.Key.Namespace != "Triangulate.Storage")
            .SelectMany(entry => entry.Value.Types.Where(IsSqlite).Select(used => $"{entry.Key.FullName} uses {used.FullName}"));

        Assert.Empty(sqlite);
    }

    /// <summary>
    /// The CLI opens stores through <see cref="ArticleStores"/> and talks to <see cref="IArticleStore"/>. One place is
    /// let through: FailureReport turns SQLite's error codes (disk full, read-only file, locked, damaged) into advice.
    /// </summary>
    [Fact]
    public void The_CLI_talks_to_the_store_interface_only()
    {
        var cli = TypeDependencies.Of(typeof(Triangulate.Cli.Commands.StoreAccess).Assembly);

        var sqlite = cli
            .Where(entry => entry.Key.Name != "FailureReport")
            .SelectMany(entry => entry.Value.Types.Where(IsSqlite).Select(used => $"{entry.Key.FullName} uses {used.FullName}"));

        Assert.Empty(sqlite);
    }

    private static bool IsSqlite(Type type) =>
        type.Namespace is "Microsoft.Data.Sqlite" or "SQLitePCL" || type.Name.StartsWith("Sqlite", StringComparison.Ordinal);

    /// <summary>Every library type <paramref name="type"/> uses, directly or through others.</summary>
    private static HashSet<Type> Closure(Type type)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([type]);
        while (pending.TryPop(out var next))
            foreach (var used in Uses.GetValueOrDefault(next)?.Types ?? [])
                if (used.Assembly == Library && seen.Add(Outermost(used)))
                    pending.Push(Outermost(used));
        return seen;
    }
}
