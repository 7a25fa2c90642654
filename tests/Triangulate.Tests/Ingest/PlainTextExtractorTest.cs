using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class PlainTextExtractorTest
{
    private const string SavedPage = """
        World

        Ferry crews end strike as Kell floods recede

        Ferry services across the Sarn delta resumed after a nine-day strike, the union said

        Passengers queue at the Kell ferry terminal on June 3, 2026. (Ilse Varga/MPA)
        Passengers queue at the Kell ferry terminal on June 3, 2026. (Ilse Varga/MPA)

        By Tomas Reed and MPA |

        KELL -- Ferry crews on the Sarn delta returned to work on Wednesday after a nine-day strike, union leaders told MPA.

        The union said 340 members had voted to accept a 6 percent pay rise.

        Most Popular
        read more:

        (Except for the headline, this story has not been edited by Delta Times staff and is published from a syndicated feed.)
        """;

    private static readonly ExtractedArticle Article = PlainTextExtractor.Extract(SavedPage);

    [Fact]
    public void TheHeadlineIsTheTitleNotABodyParagraph()
    {
        Assert.Equal("Ferry crews end strike as Kell floods recede", Article.Title);
        Assert.DoesNotContain(Article.Body, paragraph => paragraph == Article.Title);
        Assert.StartsWith("Ferry services across the Sarn delta", Article.Body[0]);
    }

    [Theory]
    [InlineData("World", FurnitureRules.Label)]
    [InlineData("Passengers queue at the Kell ferry terminal on June 3, 2026. (Ilse Varga/MPA)", FurnitureRules.Caption)]
    [InlineData("By Tomas Reed and MPA |", FurnitureRules.Byline)]
    [InlineData("Most Popular", FurnitureRules.Widget)]
    [InlineData("read more:", FurnitureRules.Widget)]
    [InlineData("(Except for the headline, this story has not been edited by Delta Times staff and is published from a syndicated feed.)", FurnitureRules.Disclaimer)]
    public void FurnitureIsSetAsideWithItsReason(string line, string reason)
    {
        Assert.Contains(Article.Removed, removed => removed.Text == line && removed.Reason == reason);
        Assert.DoesNotContain(Article.Body, paragraph => paragraph.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void ADuplicatedCaptionGoesEntirely()
    {
        var captions = Article.Removed.Where(line => line.Text.StartsWith("Passengers queue", StringComparison.Ordinal)).Select(line => line.Reason);
        Assert.Equal([FurnitureRules.Caption, FurnitureRules.Duplicate], captions);
    }

    [Fact]
    public void CaptionDatesAreWeakInferredClues()
    {
        var clue = Assert.Single(Article.DateClues);
        Assert.Equal(ClueStrength.Weak, clue.Strength);
        Assert.True(clue.Time.Inferred);
        Assert.Equal("2026-06-03", clue.Time.ToIso());
    }

    [Fact]
    public void HardWrappedLinesAreJoinedIntoParagraphs()
    {
        var article = PlainTextExtractor.Extract("""
            Harbour reopens

            The harbour at Kell reopened on Thursday after engineers cleared the
            silt that the floods had carried down the Sarn, the port authority
            said in a statement.

            Ships were queueing outside the breakwater by noon.
            """);

        Assert.Equal(2, article.Body.Count);
        Assert.StartsWith("The harbour at Kell reopened on Thursday after engineers cleared the silt that", article.Body[0]);
    }

    [Fact]
    public void AKnownTitleKeepsTheFirstLineInTheBody()
    {
        var article = PlainTextExtractor.Extract("Crews returned to work on Wednesday.", knownTitle: "Strike ends");
        Assert.Equal("Strike ends", article.Title);
        Assert.Equal(["Crews returned to work on Wednesday."], article.Body);
    }

    [Fact]
    public void WithoutAHeadlineTheLeadSentenceNamesTheArticle()
    {
        var article = PlainTextExtractor.Extract("Ferry crews on the Sarn delta returned to work on Wednesday after a nine-day strike that stranded thousands of passengers, union leaders said. The union said 340 members had voted.\nAgence France-Presse");
        Assert.StartsWith("Ferry crews on the Sarn delta returned to work", article.Title);
        Assert.StartsWith("Ferry crews on the Sarn delta returned to work", article.Body[0]);
        Assert.Contains(article.Removed, line => line.Reason == FurnitureRules.Signature && line.Text == "Agence France-Presse");
    }
}
