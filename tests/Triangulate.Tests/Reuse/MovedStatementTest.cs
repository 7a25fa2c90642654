using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>A statement moved to another source keeps its figures; one with other figures is another statement.</summary>
public class MovedStatementTest
{
    private const string PilotsSaid = "Harbour pilots in Kell have refused night shifts for 12 days over pay, the Kell Pilots Association said.";

    private static List<Change> Attributions(string copySentence) =>
        Assert.Single(ProvenanceAnalyzer.Analyze([
                Article("wire", "2026-02-02T22:40Z", "Coastline News Agency", ["CNA"], Wire[0], Wire[1], Wire[2], PilotsSaid),
                Article("copy", "2026-02-03T06:00Z", "The Northern Ledger", ["CNA"], Wire[0], Wire[1], Wire[2], copySentence)]).Groups)
            .ChangesOf("copy").Where(c => c.Kind == ChangeKind.Attribution).ToList();

    [Fact]
    public void TheSameFiguresCreditedToSomeoneElseAreAMovedStatement()
    {
        var change = Assert.Single(Attributions("Harbour pilots in Kell have refused night shifts for 12 days over pay, the Marrow Port Authority said."));

        Assert.Equal(("the Kell Pilots Association", "the Marrow Port Authority"), (change.OriginText, change.Text));
    }

    [Fact]
    public void OtherFiguresMakeAnotherStatementNotAMovedOne()
    {
        Assert.Empty(Attributions("Harbour pilots in Dunmore have refused night shifts for 30 days over pay, the Marrow Port Authority said."));
    }
}
