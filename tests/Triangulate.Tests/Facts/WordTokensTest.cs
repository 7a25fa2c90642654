using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

public class WordTokensTest
{
    // The definition the scanner implements, kept as the oracle it must agree with.
    private static readonly Regex Definition = new(@"(?:\p{Lu}\.){2,}|\w+(?:['’\-]\w+)*(?:(?<=s)['’](?!\w))?|[^\w\s]");

    private static readonly string[] Pieces =
    [
        "U.S.", "U.N.", "A.", "B.C", "Hamas’s", "ministers’", "ministers'", "Iran-backed", "al-", "-", "--", "'", "’", "s'", "s’s",
        "rock'n'roll", "X.Y.Z.-led", "e.g.", "p.m.", "1,000", "31,490", "é", "ß", "İ", "ǅ", "ª", "_", "a_b", "٣", "\u0301",
        "\u0903", "\u200d", "🙂", "\ud800", "\u00a0", "\u2028", "\n", "\t", " ", "", "(", ")", "“", "”", ".", ",", "said",
        "Minister", "Hezbollah", "s", "S.", "Ss'",
    ];

    private static readonly Arbitrary<string> Texts = Gen.ListOf(Gen.Elements(Pieces))
        .Select(pieces => string.Concat(pieces))
        .ToArbitrary();

    [Fact]
    public void Words_keep_abbreviation_dots_inner_joiners_and_a_closing_possessive()
    {
        var text = "The U.S.-backed plan, the ministers’ view and Iran-backed Hamas’s talks (at 5 p.m.) ended.";

        var words = WordTokens.Of(text).Select(t => text[t.Start..t.End]).ToList();

        Assert.Equal(
            ["The", "U.S.", "-", "backed", "plan", ",", "the", "ministers’", "view", "and", "Iran-backed", "Hamas’s", "talks", "(",
             "at", "5", "p", ".", "m", ".", ")", "ended", "."],
            words);
    }

    [Fact]
    public void Tokens_carry_their_lower_case_form_and_whether_they_open_with_a_capital()
    {
        var token = Assert.Single(WordTokens.Of("  Harbour "));

        Assert.Equal((2, 9, "harbour", true), (token.Start, token.End, token.Lower, token.Capitalised));
    }

    [Fact]
    public void The_scanner_splits_any_text_as_the_definition_does() =>
        Prop.ForAll(Texts, text =>
            WordTokens.Of(text).Select(t => (t.Start, t.End)).SequenceEqual(
                Definition.Matches(text).Select(m => (m.Index, m.Index + m.Length))))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void Every_character_is_a_word_character_space_or_mark_as_the_definition_says()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = "a" + c + "b";
            var expected = Definition.Matches(text).Select(m => (m.Index, m.Index + m.Length));
            Assert.True(expected.SequenceEqual(WordTokens.Of(text).Select(t => (t.Start, t.End))), $"U+{(int)c:X4}");
        }
    }
}
