using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>A label change is a copy calling an actor something its parent did not, in the possessive too.</summary>
public class LabelChangeTest
{
    private static List<Change> LabelChanges(params string[] copy) =>
        Assert.Single(ProvenanceAnalyzer.Analyze([OwnText, Article("copy", "2026-02-03T06:00Z", "The Northern Ledger", ["CNA"], copy)]).Groups)
            .ChangesOf("copy").Where(c => c.Kind == ChangeKind.Label).ToList();

    [Fact]
    public void AModifierBeforeAPossessiveHeadIsALabelChange()
    {
        var changes = LabelChanges(Wire[0], Wire[1], Wire[2], Wire[3],
            "Members of the radical Free Ostrava groups gathered outside the embattled company's offices on Tuesday morning.", Wire[5]);

        var change = Assert.Single(changes);
        Assert.Equal(("company", "embattled company"), (change.OriginText, change.Text));
    }

    [Fact]
    public void ALabelCutShortIsNoLabelChange()
    {
        var changes = LabelChanges(Wire[0], Wire[1], Wire[2], Wire[3],
            "Members of the Free Ostrava groups gathered outside the company's offices on Tuesday morning.", Wire[5]);

        Assert.Empty(changes);
    }
}
