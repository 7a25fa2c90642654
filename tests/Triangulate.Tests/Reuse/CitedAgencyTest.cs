using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>
/// An outlet's own story, signed by its reporter, may cite an agency ("a union official told CNA"): the agency is a
/// source, not the text's origin, so a rival's copy derives from the outlet's article. A dateline credit makes the
/// text the agency's.
/// </summary>
public class CitedAgencyTest
{
    private static readonly string[] Story =
    [
        "The Dunmore copper mine in Ostrava Bay will close its oldest tunnel for repairs next month, its operator Halvard Metals said on Friday.",
        "About 300 miners who work in the tunnel will move to other shifts, a spokeswoman for the company said.",
        "\"The supports are older than most of the men who work under them,\" a union official told CNA last week.",
        "The regional mining inspector ordered an audit of the mine's tunnels after a partial collapse in January.",
    ];

    [Fact]
    public void AnOutletsStoryThatCitesAnAgencyIsItsOwnOrigin()
    {
        var own = Article("ledger", "2026-03-06T09:00Z", "The Northern Ledger", ["CNA"], Story) with { Byline = "Maren Holt" };
        var copy = Article("courier", "2026-03-06T13:00Z", "Bay Courier", ["CNA"], Story[..3]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([own, copy]).Groups);

        Assert.Equal("ledger", group.Origin.ArticleId);
        Assert.False(group.Origin.Reconstructed);
        Assert.Equal("ledger", Assert.Single(group.Derivations).From);
    }

    [Fact]
    public void ADatelineCreditMakesTheTextTheAgencysWire()
    {
        string[] wire = ["OSTRAVA BAY (CNA) - " + Story[0], .. Story[1..]];
        var first = Article("ledger", "2026-03-06T09:00Z", "The Northern Ledger", ["CNA"], wire);
        var second = Article("courier", "2026-03-06T13:00Z", "Bay Courier", ["CNA"], wire[..3]);

        var group = Assert.Single(ProvenanceAnalyzer.Analyze([first, second]).Groups);

        Assert.Equal("CNA", group.Origin.Name);
        Assert.True(group.Origin.Reconstructed);
    }
}
