using Triangulate.Ingest;
using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

public class ProvenanceAnalyzerTest
{
    [Fact]
    public void ACreditedAgencyIsTheOriginAndEachCopyGetsItsKind()
    {
        var result = ProvenanceAnalyzer.Analyze([Paraphrase, Edited, Unrelated, Trimmed, Verbatim]);

        var group = Assert.Single(result.Groups);
        Assert.Equal("CNA", group.Origin.Name);
        Assert.True(group.Origin.Reconstructed);
        Assert.Null(group.Origin.ArticleId);
        Assert.DoesNotContain("ferries", group.ArticleIds);
        Assert.Equal(DerivationKind.Verbatim, group.DerivationOf("verbatim")!.Kind);
        Assert.Equal(DerivationKind.Trimmed, group.DerivationOf("trimmed")!.Kind);
        Assert.Equal(DerivationKind.Edited, group.DerivationOf("edited")!.Kind);
        Assert.Equal(DerivationKind.Paraphrase, group.DerivationOf("paraphrase")!.Kind);
        Assert.All(group.Derivations, d => Assert.Equal("CNA", d.From));
    }

    [Fact]
    public void TheReconstructedWireIsTheUnionOfWhatTheCopiesShare()
    {
        var group = Assert.Single(ProvenanceAnalyzer.Analyze([Verbatim, Edited, Trimmed]).Groups);

        Assert.Equal(Wire, group.Origin.Sentences);
    }

    [Fact]
    public void TheAgencysOwnTextIsTheOriginsArticle()
    {
        var group = Assert.Single(ProvenanceAnalyzer.Analyze([Edited, OwnText, Trimmed]).Groups);

        Assert.Equal("cna", group.Origin.ArticleId);
        Assert.False(group.Origin.Reconstructed);
        Assert.Equal(DerivationKind.Trimmed, group.DerivationOf("trimmed")!.Kind);
        Assert.Equal(0.5, group.DerivationOf("trimmed")!.Share, 3);
    }

    [Fact]
    public void ACopyThatLeftTheEndOutButQualifiedAFigureIsEditedNotTrimmed()
    {
        string[] longer = [.. Wire,
            "Two of the trapped miners had been rescued from the same tunnel in 2019, the union said.",
            "The regional government will open an inquiry into the collapse next week."];
        var own = Article("cna", "2026-02-02T22:40Z", "Coastline News Agency", ["CNA"], longer);
        // Seven of eight sentences, six of them word for word: the figure qualified makes it more than a cut.
        var qualified = Article("qualified", "2026-02-03T01:00Z", "Harbour Lights", ["CNA"],
            [.. longer[..5], "The mine employs more than 2,300 people and produced 41,000 tonnes of copper last year.", longer[6]]);
        var cut = Article("cut", "2026-02-03T02:00Z", "Bay Courier", ["CNA"], longer[..7]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([own, qualified, cut]).Groups);

        Assert.Equal(DerivationKind.Edited, group.DerivationOf("qualified")!.Kind);
        Assert.Equal(DerivationKind.Trimmed, group.DerivationOf("cut")!.Kind);
    }

    [Fact]
    public void TheAgencysOwnTextIsNoDerivationAndItsCopiesNameItsArticle()
    {
        var group = Assert.Single(ProvenanceAnalyzer.Analyze([Verbatim, OwnText, Trimmed]).Groups);

        Assert.Null(group.DerivationOf("cna"));
        Assert.Equal(2, group.Derivations.Count);
        Assert.All(group.Derivations, d => Assert.Equal(("cna", "cna"), (d.From, d.ParentArticleId)));
    }

    [Fact]
    public void RulesBetweenSentencesAreNoTextACopyKeptAddedOrDropped()
    {
        // A results table set off by rules of dashes: the rules hold no word, so no alignment can pair them.
        string[] table = [Wire[0], "- - - -", Wire[1], "- - - -", Wire[2], "- - - -", Wire[5]];
        var own = Article("cna", "2026-02-02T22:40Z", "Coastline News Agency", ["CNA"], table);
        var copy = Article("copy", "2026-02-02T23:30Z", "Bay Courier", ["CNA"], table);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([own, copy]).Groups);

        Assert.Equal(DerivationKind.Verbatim, group.DerivationOf("copy")!.Kind);
        Assert.Empty(group.ChangesOf("copy"));
    }

    [Fact]
    public void AnEditedCopysChangesAreNamed()
    {
        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, Edited]).Groups);
        var changes = group.ChangesOf("edited").ToList();

        Assert.Contains(changes, c => c is { Kind: ChangeKind.Figure, OriginText: "at least 14", Text: "more than 14" });
        Assert.Contains(changes, c => c is { Kind: ChangeKind.Quote, OriginText: "We are doing everything humanly possible to bring them home", Text: "We are doing everything possible to bring them home" });
        Assert.Contains(changes, c => c is { Kind: ChangeKind.Label, OriginText: "radical Free Ostrava groups", Text: "radical Free Ostrava protest groups" });
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Text!.StartsWith("Opposition leader Greta Lunde", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Dropped && c.OriginText!.StartsWith("The mine employs", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Kind == ChangeKind.Attribution);
    }

    [Fact]
    public void WithoutACreditTheEarliestArticleIsTheOriginAndACopyOfACopyHangsUnderIt()
    {
        var first = Article("first", "2026-02-02T22:00Z", "Bay Courier", [], Wire);
        var edited = Article("second", "2026-02-03T01:00Z", "Harbour Lights", [],
            [.. Wire[..5], "The union's spokesman Arvid Holm said the company had ignored three written warnings since April."]);
        var copyOfEdited = Article("third", "2026-02-03T05:00Z", "Valley Times", [], [.. edited.Body.Skip(2)]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([copyOfEdited, edited, first]).Groups);

        Assert.Equal("first", group.Origin.ArticleId);
        Assert.Null(group.DerivationOf("first"));
        Assert.Equal("first", group.DerivationOf("second")!.From);
        Assert.Equal("second", group.DerivationOf("third")!.From);
        Assert.Equal(DerivationKind.Trimmed, group.DerivationOf("third")!.Kind);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ACopyWhoseDateCannotBePlacedGoesBeforeTheCopyThatCarriesItsEditsAndMore(bool datedToTheDay)
    {
        var edited = Edited with
        {
            Published = datedToTheDay ? new PublicationTime(new DateTimeOffset(2026, 2, 3, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day, false, "fixture") : null,
        };
        var copyOfEdited = Article("copy-of-edited", "2026-02-03T10:00Z", "Valley Times", ["CNA"], [.. edited.Body.Where((_, i) => i != 2)]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, copyOfEdited, edited]).Groups);

        Assert.Equal("cna", group.DerivationOf("edited")!.From);
        Assert.Equal("edited", group.DerivationOf("copy-of-edited")!.From);
    }

    [Fact]
    public void AddingAnArticleRebuildsOnlyTheGroupItJoins()
    {
        var analyzer = new ProvenanceAnalyzer();
        analyzer.Add([OwnText, Trimmed, Article("ferry-a", "2026-02-01T10:00Z", "Bay Courier", [], FerryStory), Article("ferry-b", "2026-02-01T12:00Z", "Valley Times", [], FerryStory)]);
        var before = analyzer.Result.Groups;

        var rebuilt = analyzer.Add([Edited]);

        var changed = Assert.Single(rebuilt);
        Assert.Contains("edited", changed.ArticleIds);
        var ferries = Assert.Single(before, g => g.ArticleIds.Contains("ferry-a"));
        Assert.Same(ferries, analyzer.Result.GroupOf("ferry-b"));
        Assert.NotSame(before.Single(g => g.ArticleIds.Contains("cna")), analyzer.Result.GroupOf("cna"));
    }

    [Fact]
    public void AStatementCreditedToSomeoneElseIsAMovedAttribution()
    {
        var moved = Article("moved", "2026-02-03T07:00Z", "Valley Times", ["CNA"],
            Wire[0], Wire[1],
            "Mine inspector Karl Hoff said he had warned in April that the tunnel supports were corroded.",
            Wire[3], Wire[4]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, moved]).Groups);

        var change = Assert.Single(group.ChangesOf("moved"), c => c.Kind == ChangeKind.Attribution);
        Assert.Contains("union", change.OriginText, StringComparison.Ordinal);
        Assert.Contains("Karl Hoff", change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneCopyWhoseDatelineCreditsAnAgencyDerivesFromItsWire()
    {
        var lone = Article("lone", "2026-02-03T07:00Z", "Bay Courier", ["CNA"], ["OSTRAVA BAY, Feb 2 (CNA) - " + Wire[0], .. Wire[1..4]]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([lone, Unrelated]).Groups);

        Assert.Equal(("CNA", null, true), (group.Origin.Name, group.Origin.ArticleId, group.Origin.Reconstructed));
        var derivation = Assert.Single(group.Derivations);
        Assert.Equal(("lone", "CNA", (string?)null), (derivation.ArticleId, derivation.From, derivation.ParentArticleId));
        Assert.Empty(group.Changes);
    }

    [Fact]
    public void AnAgencyToldSomethingIsNoWireToDeriveFrom()
    {
        Assert.Empty(ProvenanceAnalyzer.Analyze([Article("told", "2026-02-03T07:00Z", "Bay Courier", ["CNA"], Wire[0], Wire[1])]).Groups);
    }

    [Fact]
    public void RecurringReportsOfDifferentWeeksAreNoCopiesOfEachOther()
    {
        static Article Weekly(string id, string published, string day, string figure) => Article(id, published, "Bay Courier", ["CNA"],
            $"OSTRAVA BAY, {day} (CNA) - Copper stocks held in Ostrava Bay warehouses were unchanged in the week to {day}, the port authority said.",
            $"Stocks stood at {figure} tonnes, of which 1,200 tonnes were held for export, the authority said.");
        var thisWeek = Weekly("this-week", "2026-03-11T09:00Z", "March 11", "41,000");
        var thisWeeksCopy = Weekly("this-week-copy", "2026-03-11T13:00Z", "March 11", "41,000");
        var lastWeek = Weekly("last-week", "2026-03-04T09:00Z", "March 4", "41,000");
        // An undated copy of last week's report still carries its dateline.
        var lastWeeksCopy = Weekly("last-week-copy", "2026-03-04T11:00Z", "March 4", "41,000") with { Published = null };

        var groups = ProvenanceAnalyzer.Analyze([lastWeek, lastWeeksCopy, thisWeek, thisWeeksCopy]).Groups;

        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.ArticleIds.Order().SequenceEqual(["last-week", "last-week-copy"]));
        Assert.Contains(groups, g => g.ArticleIds.Order().SequenceEqual(["this-week", "this-week-copy"]));
    }

    [Fact]
    public void UnrelatedArticlesFormNoGroup()
    {
        Assert.Empty(ProvenanceAnalyzer.Analyze([OwnText, Unrelated]).Groups);
    }

    private static readonly string[] FerryStory =
    [
        "The Ostrava Bay ferry company will add two night crossings from March, its chief executive Lina Berg said on Sunday.",
        "Fares on the new crossings will match the day services, and the first boat will leave the north quay at 23:30.",
    ];
}
