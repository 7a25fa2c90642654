using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>
/// The wire a group's changes are measured against: the agency's own page as it stands, or, rebuilt from copies, as
/// full as the fullest faithful copy, so a copy cut from the bottom shows its cuts and the full copy adds nothing.
/// </summary>
public class WireReconstructionTest
{
    [Fact]
    public void TheFullestCopyHoldsTheSentencesAParaphraseLeftOut()
    {
        var group = Assert.Single(ProvenanceAnalyzer.Analyze([Paraphrase, Verbatim]).Groups);

        Assert.Equal(Wire, group.Origin.Sentences);
        Assert.DoesNotContain(group.ChangesOf("verbatim"), c => c.Kind == ChangeKind.Added);
        Assert.Contains(group.ChangesOf("paraphrase"), c => c.Kind == ChangeKind.Dropped && c.OriginText == Wire[5]);
    }

    [Fact]
    public void TwoOutletsRunningTheWholeWireOutweighATrimmedCopyTheyBothContain()
    {
        var secondVerbatim = Article("verbatim-2", "2026-02-03T01:30Z", "Valley Times", ["CNA"], Wire);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([Trimmed, Verbatim, secondVerbatim]).Groups);

        Assert.Equal(Wire, group.Origin.Sentences);
        Assert.DoesNotContain(group.Changes, c => c.Kind == ChangeKind.Added);
        Assert.Equal(Wire[3..], group.ChangesOf("trimmed").Where(c => c.Kind == ChangeKind.Dropped).Select(c => c.OriginText));
    }

    [Fact]
    public void ACopyThatLeftASentenceOutOfItsMiddleDoesNotAnchorTheWire()
    {
        // One outlet cut the union's warning and closed with a sentence of its own; a second outlet ran that copy as it is;
        // a third ran the wire. The first two are one witness against one: the copy with nothing missing between the
        // sentences they share is the faithful one, and what the other added at its end is its own.
        var closing = "Opposition leader Greta Lunde called for the regional mining inspector to resign.";
        var cutCopy = Article("a-cut", "2026-02-03T01:00Z", "The Northern Ledger", ["CNA"], Wire[0], Wire[1], Wire[3], Wire[4], Wire[5], closing);
        var copyOfCut = Article("b-copy-of-cut", "2026-02-03T02:00Z", "Harbour Lights", ["CNA"], [.. cutCopy.Body]);
        var whole = Article("c-whole", "2026-02-03T03:00Z", "Bay Courier", ["CNA"], Wire);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([cutCopy, copyOfCut, whole]).Groups);

        Assert.Equal(Wire, group.Origin.Sentences);
        Assert.Contains(group.ChangesOf("a-cut"), c => c.Kind == ChangeKind.Added && c.Text == closing);
        Assert.Equal("a-cut", Assert.Single(group.Derivations, d => d.ArticleId == "b-copy-of-cut").From);
    }

    [Fact]
    public void TheAgencysOwnPageIsTheWireEvenWhereTwoCopiesShareASentenceItLacks()
    {
        var copyOfEdited = Article("copy-of-edited", "2026-02-03T09:00Z", "Valley Times", ["CNA"], [.. Edited.Body.Take(3), Edited.Body[^1]]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, Edited, copyOfEdited, Trimmed]).Groups);

        Assert.Equal(Wire, group.Origin.Sentences);
        Assert.DoesNotContain(group.ChangesOf("trimmed"), c => c.OriginText is { } text && text.StartsWith("Opposition leader", StringComparison.Ordinal));
    }
}
