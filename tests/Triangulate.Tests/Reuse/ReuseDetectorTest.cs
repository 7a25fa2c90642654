using Triangulate.Reuse;

namespace Triangulate.Tests.Reuse;

public class ReuseDetectorTest
{
    private static readonly string[] Wire =
    [
        "A flood barrier on the Sarn river gave way early on Tuesday, forcing at least 1,200 residents of Kell from their homes, officials said.",
        "The breach opened a 40-metre gap in the Old Quay embankment shortly before dawn, sending water into the Marrow district.",
        "Governor Ilse Marren said crews would work through the night to close the gap.",
        "The river workers' union said it had warned the provincial government last week that the embankment was failing.",
        "At least 42 people were injured, most of them by debris, according to the Kell General Hospital.",
        "The barrier was built in 1987 and last inspected in 2019, the provincial infrastructure office said.",
        "Heavy rain has fallen across the Sarn valley since Saturday, and forecasters expect more on Wednesday.",
        "Schools in the Marrow district will stay closed until Friday, the city's education office announced.",
        "Ferries between Kell and the island of Ostra were suspended as a precaution, the port authority said.",
    ];

    private static IReadOnlyList<TextReuse> Detect(params ArticleSentences[] articles)
    {
        var detector = new ReuseDetector(number => articles[number]);
        return articles.SelectMany(detector.Add).ToList();
    }

    [Fact]
    public void VerbatimEditedAndDroppedSentencesAreTold()
    {
        var wire = ArticleSentences.Of("wire", Wire);
        var copy = ArticleSentences.Of("copy",
        [
            Wire[0],
            "The breach opened a 40-metre gap in the Old Quay embankment before dawn, sending floodwater into the poor Marrow district.",
            Wire[2],
            "Opposition leader Kasimir Dunn demanded the governor resign.",
        ]);

        var reuse = Assert.Single(Detect(wire, copy));

        Assert.Equal(("wire", "copy"), (reuse.Source, reuse.Copy));
        Assert.Equal(2, reuse.Count(AlignmentKind.Verbatim));
        var edited = Assert.Single(reuse.Alignments, a => a.Kind == AlignmentKind.Edited);
        Assert.Contains(edited.WordChanges, change => change.After.Contains("poor", StringComparison.Ordinal));
        Assert.Equal(3 / 9.0, reuse.ShareOfSource, 6);
        Assert.Equal(3 / 4.0, reuse.ShareOfCopy, 6);
    }

    [Fact]
    public void AShortRewriteThatKeepsAFewEditedSentencesOfALongStoryIsFound()
    {
        var wire = ArticleSentences.Of("wire", Wire);
        var rewrite = ArticleSentences.Of("rewrite",
        [
            "Kell is counting the cost of years of neglect.",
            "A flood barrier on the Sarn river collapsed early on Tuesday, forcing more than 1,200 residents of Kell from their homes, officials said.",
            "Governor Ilse Marren said crews would work all night to close the gap.",
            "The river workers' union said it had warned the provincial government a week ago that the embankment was failing.",
            "Critics blame a decade of budget cuts.",
        ]);

        var reuse = Assert.Single(Detect(wire, rewrite));

        Assert.True(ProvenanceAnalyzer.Links(reuse));
        Assert.Equal(3, reuse.Alignments.Count);
    }

    [Fact]
    public void AParaphrasedSentenceIsAlignedAsSuch()
    {
        var source = ArticleSentences.Of("wire", Wire);
        var paraphrase = ArticleSentences.Of("paraphrase",
        [
            "More than a thousand people in Kell had to leave their homes on Tuesday after the Sarn flood barrier broke, officials said.",
            "Governor Ilse Marren promised that crews would keep working overnight to close the gap.",
        ]);

        var reuse = TextReuse.Between(source, paraphrase);

        Assert.Contains(reuse.Alignments, a => a.Kind is AlignmentKind.Paraphrase or AlignmentKind.Edited);
        Assert.DoesNotContain(reuse.Alignments, a => a.Kind == AlignmentKind.Verbatim);
    }

    [Fact]
    public void SentencesFromOneTemplateWithOtherNumbersAreNotTheSameSentence()
    {
        var first = ArticleSentences.Of("first", ["Qtr net profit 4.2 mln dlrs vs 3.1 mln dlrs.", "Revs 88.1 mln dlrs vs 79.4 mln dlrs."]);
        var second = ArticleSentences.Of("second", ["Qtr net profit 1.7 mln dlrs vs 2.9 mln dlrs.", "Revs 12.5 mln dlrs vs 11.0 mln dlrs."]);

        Assert.Empty(TextReuse.Between(first, second).Alignments);
    }

    [Fact]
    public void LongSentencesOfARecurringReportWithOtherFiguresAreNotTheSameSentence()
    {
        var thisWeek = ArticleSentences.Of("this-week", ["The Kell treasury said it accepted 6.6 billion crowns of bids for its three-month bills at the weekly auction, including 2.2 billion crowns from the central bank."]);
        var lastWeek = ArticleSentences.Of("last-week", ["The Kell treasury said it accepted 7.1 billion crowns of bids for its three-month bills at the weekly auction, including 1.9 billion crowns from the central bank."]);

        Assert.Empty(TextReuse.Between(lastWeek, thisWeek).Alignments);
    }

    [Fact]
    public void ALongSentenceWithOneFigureCorrectedIsStillTheSameSentence()
    {
        var wire = ArticleSentences.Of("wire", [Wire[0]]);
        var update = ArticleSentences.Of("update", [Wire[0].Replace("at least 1,200", "at least 1,500", StringComparison.Ordinal)]);

        Assert.Equal(AlignmentKind.Edited, Assert.Single(TextReuse.Between(wire, update).Alignments).Kind);
    }

    [Fact]
    public void UnrelatedArticlesShareNothing()
    {
        var wire = ArticleSentences.Of("wire", Wire);
        var other = ArticleSentences.Of("schools", ["Velmora's education ministry will extend free school meals to all primary pupils from September, the minister announced."]);

        Assert.Empty(Detect(wire, other));
    }
}
