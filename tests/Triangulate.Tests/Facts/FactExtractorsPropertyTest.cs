using FsCheck;
using FsCheck.Fluent;
using Triangulate.Facts;

namespace Triangulate.Tests.Facts;

/// <summary>Article text is untrusted: whatever words come in, in whatever order, the extractors return and never throw.</summary>
public class FactExtractorsPropertyTest
{
    private static readonly string[] Words =
    [
        "Feb.", "31", "30", "1,000,000", "9999", "0", "days", "ago", "years", "later", "Monday", "Wednesday", "(", ")", "“", "”",
        "\"", "said", "told", "according", "to", "al-", "Al", "'s", "’s", "the", "Front", "(PFLP)", "PFLP", "of", "for", "Mr.",
        ".", ",", "\n", "next", "last", "week", "quarter", "a", "year", "earlier", "5", "1/2", "p.m.", "Minister", "Hezbollah",
        "-", "Iran-backed", "", " ", "\t", "é", "ß", "🙂", "\u0000",
    ];

    private static readonly Arbitrary<string> NewsLikeText = Gen.ListOf(Gen.Elements(Words))
        .Select(words => string.Join(" ", words))
        .ToArbitrary();

    [Fact]
    public void TimeExpressionsNeverThrowAndPointIntoTheText() =>
        Prop.ForAll(NewsLikeText, text =>
            TimeExpressionFinder.Find(text, new DateOnly(2024, 3, 15)).All(e => text.Substring(e.Start, e.Length) == e.Text))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void AttributionsNeverThrowAndPointIntoTheText() =>
        Prop.ForAll(NewsLikeText, text =>
            AttributionFinder.Default.Find(text).All(a => text[a.Cue.Start..a.Cue.End] == a.Cue.Text))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void ActorsNeverThrowAndPointIntoTheText() =>
        Prop.ForAll(NewsLikeText, text =>
        {
            var findings = ActorMentionFinder.Find(text);
            ActorResolver.Resolve([findings]);
            return findings.Mentions.All(m => text[m.Start..m.End] == m.Text);
        })
        .QuickCheckThrowOnFailure();
}
