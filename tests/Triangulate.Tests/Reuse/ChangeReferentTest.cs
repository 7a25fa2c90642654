using Triangulate.Reuse;
using static Triangulate.Tests.Reuse.ProvenanceFixtures;

namespace Triangulate.Tests.Reuse;

/// <summary>
/// A label a copy brings in its own sentence is paired with the parent's label for the same group, never with another
/// group's phrase that shares its head; a moved statement starts from the source the parent reported it "according to".
/// </summary>
public class ChangeReferentTest
{
    private static readonly string[] Wire =
    [
        "Leaders of the Kell Liberation Front and the Varga Brigades met in Ostrava last week, sources in both movements told CNA.",
        "The Varga rebels have blockaded the northern ports for months, saying they act in solidarity with the Kell Liberation Front.",
        "The two Kellish nationalist groups discussed a joint strategy for the coming winter, the sources said.",
        "The Varga Brigades confirmed they would keep blockading the ports until the spring, according to the Kell Liberation Front sources.",
        "The regional government has not commented on the meeting.",
        "Trade through the northern ports fell by a third last year.",
    ];

    private static ProvenanceGroup Group(params string[] copy) =>
        Assert.Single(ProvenanceAnalyzer.Analyze([Article("wire", "2026-03-01T10:00Z", "Coastline News Agency", ["CNA"], Wire),
            Article("copy", "2026-03-01T12:00Z", "The Northern Ledger", ["CNA"], copy)]).Groups);

    [Fact]
    public void ALabelInAnAddedSentenceDescribesTheGroupNamedBeforeIt()
    {
        var group = Group(Wire[0], Wire[1], Wire[2], Wire[4], Wire[5],
            "The government has launched raids on Varga Brigades camps and declared the militia a terrorist group.");

        var labels = group.Changes.Where(c => c.Kind == ChangeKind.Label).ToList();
        Assert.Contains(labels, c => c.Text == "militia" && c.OriginText == "Varga rebels");
        Assert.DoesNotContain(labels, c => c.OriginText == "Kellish nationalist groups");
    }

    [Fact]
    public void AMovedStatementStartsFromTheSourceItWasReportedAccordingTo()
    {
        var group = Group(Wire[0], Wire[1], Wire[2], Wire[4], Wire[5],
            "This commitment to keep blockading the ports until the spring was confirmed by Varga commander Ilya Sorn.");

        var moved = Assert.Single(group.Changes, c => c.Kind == ChangeKind.Attribution);
        Assert.Contains("Kell Liberation Front sources", moved.OriginText);
    }
}
