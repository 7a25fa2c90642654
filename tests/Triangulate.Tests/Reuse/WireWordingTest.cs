using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>
/// A wire that is not stored is rebuilt from its copies in the wording the copies share, not in one copy's edits: an
/// outlet that cut a word from a quotation and sharpened a figure is the one that changed them, and the outlet that
/// printed the wire word for word changed nothing.
/// </summary>
public class WireWordingTest
{
    // Named so that the edited copy sorts first: it is as good a witness as the word-for-word copy by every count.
    private static readonly Article EditedCopy = Article("a-edited", "2026-02-03T06:00Z", "The Northern Ledger", ["CNA"],
        "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping more than 14 miners underground, regional officials told CNA.",
        Wire[1],
        Wire[2],
        "\"We are doing everything possible to bring them home,\" Governor Tomas Ilves told reporters at the pithead.",
        Wire[4]);

    private static readonly Article WordForWord = Article("b-verbatim", "2026-02-03T07:00Z", "Bay Courier", ["CNA"], Wire[0], Wire[1], Wire[2], Wire[3], Wire[4]);

    private static readonly Article Reworded = Article("c-paraphrase", "2026-02-03T08:00Z", "Valley Times", ["CNA"],
        "A shaft at Ostrava Bay's Dunmore copper mine caved in late on Monday, trapping at least 14 miners below ground, regional officials told CNA.",
        "Rescuers bored a ventilation shaft toward the trapped men overnight, the mine's operator Halvard Metals said.",
        "The Ostrava miners' union stated it had cautioned in April that the tunnel supports were corroded.",
        "\"We are doing everything humanly possible to bring them home,\" Governor Tomas Ilves informed reporters at the pithead.",
        "Members of the radical Free Ostrava groups assembled outside the firm's offices on Tuesday morning.");

    private static ProvenanceGroup Group() => Assert.Single(ProvenanceAnalyzer.Analyze([EditedCopy, WordForWord, Reworded]).Groups);

    [Fact]
    public void TheCopyThatEditedTheWireCarriesTheChanges()
    {
        var group = Group();

        Assert.True(group.Origin.Reconstructed);
        var changes = group.ChangesOf("a-edited").ToList();
        Assert.Contains(changes, c => c.Kind == ChangeKind.Quote && c.OriginText!.Contains("humanly", StringComparison.Ordinal) && !c.Text!.Contains("humanly", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Figure && c.OriginText == "at least 14" && c.Text == "more than 14");
    }

    [Fact]
    public void TheWordForWordCopyChangedNothing()
    {
        var changes = Group().ChangesOf("b-verbatim").ToList();

        Assert.DoesNotContain(changes, c => c.Kind is ChangeKind.Quote or ChangeKind.Figure);
    }

    [Fact]
    public void WordsCutFromTheEndOfAQuotationOpenedInAnEarlierSentenceAreTheCopysEdit()
    {
        string[] quotation = ["\"We are doing everything humanly possible to bring them home.", "They are not alone down there,\" Governor Tomas Ilves said."];
        var cut = Article("a-cut", "2026-02-03T06:00Z", "The Northern Ledger", ["CNA"],
            Wire[0], Wire[1], quotation[0], "They are not alone there,\" Governor Tomas Ilves said.");
        var whole = Article("b-whole", "2026-02-03T07:00Z", "Bay Courier", ["CNA"], [Wire[0], Wire[1], .. quotation]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([cut, whole]).Groups);

        Assert.Contains(quotation[1], group.Origin.Sentences);
        Assert.Equal(DerivationKind.Verbatim, group.DerivationOf("b-whole")!.Kind);
        Assert.Equal(DerivationKind.Edited, group.DerivationOf("a-cut")!.Kind);
    }

    [Fact]
    public void AStatementCreditedToPeopleFamiliarWithTheMatterIsAMovedAttribution()
    {
        var moved = Article("moved", "2026-02-03T07:00Z", "Valley Times", ["CNA"],
            Wire[0],
            "Rescue teams drilled a ventilation shaft towards the trapped men through the night, people familiar with the rescue said.",
            Wire[2], Wire[3], Wire[4]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, moved]).Groups);

        var change = Assert.Single(group.ChangesOf("moved"), c => c.Kind == ChangeKind.Attribution);
        Assert.Contains("Halvard Metals", change.OriginText, StringComparison.Ordinal);
        Assert.Contains("people familiar", change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFindingOfTheMinistryThatOfficialsNowReportIsAMovedAttribution()
    {
        var wire = Article("wire", "2026-02-02T22:40Z", "Coastline News Agency", ["CNA"],
            Wire[0], "The tunnel supports had failed a safety inspection in March, according to the regional mining ministry.", Wire[2], Wire[3]);
        var copy = Article("copy", "2026-02-03T07:00Z", "Valley Times", ["CNA"],
            Wire[0], "The tunnel supports had failed a safety inspection in March, officials said.", Wire[2], Wire[3]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([wire, copy]).Groups);

        var change = Assert.Single(group.ChangesOf("copy"), c => c.Kind == ChangeKind.Attribution);
        Assert.Contains("ministry", change.OriginText, StringComparison.Ordinal);
        Assert.Equal("officials", change.Text);
    }

    [Fact]
    public void WordsACopyCutAreNotTakenForWordsTheOtherAdded()
    {
        // One outlet prints the wire word for word; the other cuts a sentence short and drops the last. Words missing at
        // the end of a sentence are a cut, not a qualifier or a label the full copy put in.
        var whole = Article("a-whole", "2026-02-03T06:00Z", "Bay Courier", ["CNA"], Wire);
        var cut = Article("b-cut", "2026-02-03T08:00Z", "Valley Times", ["CNA"],
            Wire[0], Wire[1], "The Ostrava miners' union said it had warned in April that the tunnel supports were.", Wire[3], Wire[4]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([whole, cut]).Groups);

        Assert.True(group.Origin.Reconstructed);
        Assert.Contains(Wire[2], group.Origin.Sentences);
        Assert.Equal(DerivationKind.Verbatim, Assert.Single(group.Derivations, d => d.ArticleId == "a-whole").Kind);
    }

    [Fact]
    public void BetweenTwoCopiesTheWireKeepsTheFullQuotationAndTheUnsharpenedLabel()
    {
        // Only two copies, neither backed by a third: the edited one is the fuller, so it would anchor the wire.
        var plain = Article("b-plain", "2026-02-03T07:00Z", "Bay Courier", ["CNA"], Wire[0], Wire[1], Wire[2], Wire[3], Wire[4]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([Edited, plain]).Groups);

        Assert.True(group.Origin.Reconstructed);
        Assert.Contains(group.Origin.Sentences, s => s == Wire[3]);
        Assert.Contains(group.Origin.Sentences, s => s == Wire[4]);
        var changes = group.ChangesOf("edited").ToList();
        Assert.Contains(changes, c => c.Kind == ChangeKind.Quote && c.OriginText!.Contains("humanly", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Label && c.Text!.Contains("protest", StringComparison.Ordinal));
        Assert.DoesNotContain(group.ChangesOf("b-plain"), c => c.Kind is ChangeKind.Quote or ChangeKind.Label);
    }

    [Fact]
    public void AQuotationTwoOutletsCutTheSameWayIsStillCutFromTheWholeOne()
    {
        // Two outlets that ran one edited copy repeat its cut quotation; the one outlet with the whole quotation kept the
        // wire's words, for no outlet puts back words another cut.
        var cutQuotation = "\"We are doing everything possible to bring them home,\" Governor Tomas Ilves told reporters at the pithead.";
        var firstCut = Article("a-first-cut", "2026-02-03T06:00Z", "The Northern Ledger", ["CNA"], Wire[0], Wire[1], Wire[2], cutQuotation, Wire[4], Wire[5]);
        var secondCut = Article("b-second-cut", "2026-02-03T06:30Z", "Harbour Lights", ["CNA"], Wire[0], Wire[1], Wire[2], cutQuotation, Wire[4]);
        var whole = Article("c-whole", "2026-02-03T07:00Z", "Bay Courier", ["CNA"], Wire[0], Wire[1], Wire[2], Wire[3]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([firstCut, secondCut, whole]).Groups);

        Assert.True(group.Origin.Reconstructed);
        Assert.Contains(Wire[3], group.Origin.Sentences);
        Assert.DoesNotContain(group.ChangesOf("c-whole"), c => c.Kind == ChangeKind.Quote);
        Assert.Contains(group.ChangesOf("a-first-cut"), c => c.Kind == ChangeKind.Quote && c.OriginText!.Contains("humanly", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordAParaphraseLeftOutDoesNotOutweighTheCopiesThatPrintTheWireAsItStands()
    {
        // The paraphrase drops "mine's" from the one sentence it keeps nearly whole; put back, that word would look like a
        // qualifier the two faithful copies added.
        var whole = Article("a-whole", "2026-02-03T06:00Z", "Bay Courier", ["CNA"], Wire);
        var trimmed = Article("b-trimmed", "2026-02-03T06:30Z", "Harbour Lights", ["CNA"], Wire[0], Wire[1], Wire[2], Wire[3]);
        var reworded = Article("c-reworded", "2026-02-03T08:15Z", "Valley Times", ["CNA"],
            Paraphrase.Body[0],
            "Rescue teams drilled a ventilation shaft towards the trapped men through the night, the operator Halvard Metals said.",
            Paraphrase.Body[2],
            Paraphrase.Body[3]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([whole, trimmed, reworded]).Groups);

        Assert.Contains(Wire[1], group.Origin.Sentences);
        Assert.Equal(DerivationKind.Verbatim, group.DerivationOf("a-whole")!.Kind);
    }
}
