using Triangulate.Ingest;
using Triangulate.Reuse;

namespace Triangulate.Tests.Reuse;

public class ReuseFinderTest
{
    private static readonly string[] Wire =
    [
        "A flood barrier on the Sarn river gave way early on Tuesday, forcing at least 1,200 residents of Kell from their homes, officials said.",
        "The breach opened a 40-metre gap in the Old Quay embankment shortly before dawn, sending water into the Marrow district.",
        "Governor Ilse Marren said crews would work through the night to close the gap.",
        "The river workers' union said it had warned the provincial government last week that the embankment was failing.",
    ];

    private static Article Article(string id, DateTimeOffset published, params string[] body) =>
        new(id, id, id, null, "Kell flood", null, new PublicationTime(published, TimePrecision.Minute, false, "test"), [], null, body, []);

    private static readonly DateTimeOffset Morning = new(2026, 6, 9, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void VerbatimEditedAndDroppedSentencesAreTold()
    {
        var wire = Article("wire", Morning, Wire);
        var copy = Article("copy", Morning.AddHours(3),
            Wire[0],
            "The breach opened a 40-metre gap in the Old Quay embankment before dawn, sending floodwater into the poor Marrow district.",
            "Opposition leader Kasimir Dunn demanded the governor resign.");

        var reuse = Assert.Single(ReuseFinder.Find([copy, wire]));

        Assert.Equal("wire", reuse.Source);
        Assert.Equal(1, reuse.Count(AlignmentKind.Verbatim));
        Assert.Equal(1, reuse.Count(AlignmentKind.Edited));
        Assert.Equal(0.5, reuse.ShareOfSource);
        Assert.Equal(2 / 3.0, reuse.ShareOfCopy, 6);
    }

    [Fact]
    public void AParaphraseIsAlignedAsSuch()
    {
        var wire = Article("wire", Morning, Wire);
        var paraphrase = Article("paraphrase", Morning.AddHours(5),
            "More than a thousand people in Kell had to leave their homes on Tuesday after the Sarn flood barrier broke, officials said.",
            "Governor Ilse Marren promised that crews would keep working overnight to close the gap.");

        var reuse = Assert.Single(ReuseFinder.Find([wire, paraphrase]));

        Assert.True(reuse.Count(AlignmentKind.Paraphrase) + reuse.Count(AlignmentKind.Edited) >= 1);
        Assert.Equal(0, reuse.Count(AlignmentKind.Verbatim));
    }

    [Fact]
    public void UnrelatedArticlesShareNothing()
    {
        var wire = Article("wire", Morning, Wire);
        var other = Article("schools", Morning, "Velmora's education ministry will extend free school meals to all primary pupils from September, the minister announced.");

        Assert.Empty(ReuseFinder.Find([wire, other]));
    }
}
