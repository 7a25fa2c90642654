using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class TitleCaseLinesTest
{
    private const string Page = "Harbour Board Votes To Close Kell Ferry Pier\nThe board voted on Monday to close the pier for repairs.\nLatest Stories From The Coast Desk";

    [Fact]
    public void A_headline_line_is_title_case_and_running_text_is_not()
    {
        var lines = new TitleCaseLines(Page);

        Assert.True(lines.Holds(Page.IndexOf("Votes", StringComparison.Ordinal)));
        Assert.False(lines.Holds(Page.IndexOf("Monday", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_last_line_counts_without_a_line_break_after_it()
    {
        var lines = new TitleCaseLines(Page);

        Assert.True(lines.Holds(Page.IndexOf("Coast", StringComparison.Ordinal)));
        Assert.True(lines.Holds(Page.IndexOf("Desk", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fewer_than_four_words_are_no_title_case_line()
    {
        const string Text = "Kell Ferry Pier\nIt reopens in May.";

        Assert.False(new TitleCaseLines(Text).Holds(0));
    }
}
