using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class LowerCaseFormsTest
{
    [Fact]
    public void A_word_met_again_in_any_case_gives_the_same_string()
    {
        var first = LowerCaseForms.Of("Harbour");
        var again = LowerCaseForms.Of("HARBOUR".AsSpan());

        Assert.Equal("harbour", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_word_too_long_to_pool_is_still_lower_cased()
    {
        var word = new string('K', 60);

        Assert.Equal(new string('k', 60), LowerCaseForms.Of(word));
    }
}
