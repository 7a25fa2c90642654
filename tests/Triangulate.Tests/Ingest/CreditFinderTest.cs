using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class CreditFinderTest
{
    private static Credits CreditsOf(string text) => CreditFinder.Find(PlainTextExtractor.Extract(text));

    [Fact]
    public void SyndicationDisclaimerRevealsTheOutlet()
    {
        var credits = CreditsOf("""
            Ferry strike ends

            Crews returned to work on Wednesday, union leaders told AFP.

            (Except for the headline, this story has not been edited by Delta Times staff and is published from a syndicated feed.)
            """);

        Assert.Equal("Delta Times", credits.Outlet?.Name);
        Assert.Equal(["AFP"], credits.Agencies);
    }

    [Fact]
    public void StaffLinesRevealTheOutletAndSignaturesAreKeptApart()
    {
        Assert.Equal("Kell Courier", CreditsOf("Ferry strike ends\n\nTeam Kell Courier\n\nCrews returned to work on Wednesday.").Outlet?.Name);
        var signed = CreditsOf("Ferry strike ends\n\nCrews returned to work on Wednesday, officials said.\n\nAgence France-Presse");
        Assert.Null(signed.Outlet);
        Assert.Equal("AFP", signed.Signature?.Name);
    }

    [Theory]
    [InlineData("The union leader told Reuters the vote was close.", "Reuters")]
    [InlineData("At least 12 people died, according to an AFP tally.", "AFP")]
    [InlineData("Boats on the flooded river. (Dara Quill/AP)", "AP")]
    [InlineData("The toll rose to 40, according to Agence France-Presse.", "AFP")]
    [InlineData("KELL, Velmora (MPA) - A flood barrier gave way early on Tuesday.", "MPA")]
    public void ReportingContextsAreCredits(string sentence, string agency) =>
        Assert.Equal([agency], CreditsOf("Headline here\n\n" + sentence).Agencies);

    [Theory]
    [InlineData("Reuters journalist Mira Oss was injured when the wall collapsed.")]
    [InlineData("The AFP office in Kell was closed for the holiday.")]
    [InlineData("The Sarn River Workers' Union (SRWU) - the largest union in Kell - called a strike.")]
    public void AnAgencyInTheNewsIsNoCredit(string sentence) =>
        Assert.Empty(CreditsOf("Headline here\n\n" + sentence).Agencies);

    [Fact]
    public void BylineWithAnAgencyGivesTheAuthorAndTheCredit()
    {
        var credits = CreditsOf("Ferry strike ends\n\nBy Tomas Reed and AFP |\n\nCrews returned to work on Wednesday.");
        Assert.Equal("Tomas Reed", credits.Byline);
        Assert.Equal(["AFP"], credits.Agencies);
    }
}
