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
    public void TheAgencysOwnPageIsTheWireEvenWhereTwoCopiesShareASentenceItLacks()
    {
        var copyOfEdited = Article("copy-of-edited", "2026-02-03T09:00Z", "Valley Times", ["CNA"], [.. Edited.Body.Take(3), Edited.Body[^1]]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, Edited, copyOfEdited, Trimmed]).Groups);

        Assert.Equal(Wire, group.Origin.Sentences);
        Assert.DoesNotContain(group.ChangesOf("trimmed"), c => c.OriginText is { } text && text.StartsWith("Opposition leader", StringComparison.Ordinal));
    }
}
