using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>
/// Two outlets that edit the agency's text apart from each other may happen to make one edit alike (both qualify the
/// same figure); the later one is still no copy of the earlier when it words a sentence the earlier one reworded
/// otherwise. A copy of a copy carries its parent's rewordings as they are.
/// </summary>
public class IndependentEditsTest
{
    private static readonly Article First = Article("first", "2026-02-03T01:00Z", "The Northern Ledger", ["CNA"],
        "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping more than 14 miners underground, regional officials told CNA.",
        Wire[1], Wire[2],
        "\"We are doing everything possible to bring them home,\" Governor Tomas Ilves told reporters at the pithead.",
        Wire[4], Wire[5]);

    private static readonly Article Second = Article("second", "2026-02-03T03:00Z", "Valley Times", ["CNA"],
        "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping more than 14 miners underground, regional officials told CNA.",
        Wire[1], Wire[2],
        "\"We are doing everything humanly possible to bring them,\" Governor Tomas Ilves told reporters at the pithead.",
        Wire[4], Wire[5]);

    private static readonly Article CopyOfFirst = Article("copy-of-first", "2026-02-03T05:00Z", "Harbour Lights", ["CNA"],
        "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping more than 14 miners underground, regional officials told CNA.",
        Wire[1], Wire[2],
        "\"We are doing everything possible to bring them home,\" Governor Tomas Ilves told reporters at the pithead.");

    private static ProvenanceGroup Group() => Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, First, Second, CopyOfFirst]).Groups);

    [Fact]
    public void ACopyThatCutTheQuotationOtherwiseDerivesFromTheWire()
    {
        var derivation = Assert.Single(Group().Derivations, d => d.ArticleId == "second");

        Assert.Equal("cna", derivation.From);
    }

    [Fact]
    public void ACopyCarryingBothEditsAsTheyAreDerivesFromThatCopy()
    {
        var derivation = Assert.Single(Group().Derivations, d => d.ArticleId == "copy-of-first");

        Assert.Equal("first", derivation.From);
    }

    [Fact]
    public void ACopyCarryingItsParentsOwnSentenceDerivesFromItThoughItRequalifiedTheSameFigure()
    {
        var closing = "Opposition leader Greta Lunde called for the regional mining inspector to resign.";
        var edited = Article("edited", "2026-02-03T01:00Z", "The Northern Ledger", ["CNA"],
            "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping more than 14 miners underground, regional officials told CNA.",
            Wire[1], Wire[2], Wire[3], Wire[4], Wire[5], closing);
        var requalified = Article("requalified", "2026-02-03T04:00Z", "Harbour Lights", ["CNA"],
            "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping about 14 miners underground, regional officials told CNA.",
            Wire[1], Wire[2], Wire[3], Wire[4], closing);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, edited, requalified]).Groups);

        Assert.Equal("edited", Assert.Single(group.Derivations, d => d.ArticleId == "requalified").From);
    }

    [Fact]
    public void TwoOutletsThatCutTheWireAtTheSameSentenceBothCopyTheWire()
    {
        var sameCut = Article("same-cut", "2026-02-03T02:00Z", "Valley Times", ["CNA"], Wire[0], Wire[1], Wire[2]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, Trimmed, sameCut]).Groups);

        Assert.Equal("cna", Assert.Single(group.Derivations, d => d.ArticleId == "same-cut").From);
    }
}
