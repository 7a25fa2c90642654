using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// The numeric claims of a set of articles, merged: the same value with the same qualifier about the same thing is
/// one claim carried by several articles; "at least 31,490" and "over 31,490" stay two claims, which is how a
/// drifted figure shows.
/// </summary>
public static class ArticleClaims
{
    public static IReadOnlyList<Claim> Collect(IReadOnlyList<Article> articles) =>
        Merge(articles.AsParallel().AsOrdered().SelectMany(article => Find(article).Select(quantity => (article.Id, quantity))).ToList());

    /// <summary>The numeric claims one article makes.</summary>
    public static IReadOnlyList<Quantity> Find(Article article) => QuantityFinder.Find(string.Join("\n", article.Body));

    /// <summary>Merges the quantities found in articles (in arrival order) into claims.</summary>
    public static IReadOnlyList<Claim> Merge(IEnumerable<(string Article, Quantity Quantity)> found) =>
        found
            .GroupBy(item => Key(item.Quantity))
            .Select(group => new Claim(
                "claim-" + XxHash64.HexHash(group.Key)[..12],
                group.First().Quantity,
                group.Select(item => item.Article).Distinct().ToList()))
            .ToList();

    private static string Key(Quantity quantity)
    {
        var counted = quantity.What?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => PorterStemmer.Stem(word.ToLowerInvariant()))
            .FirstOrDefault(stem => !StopWords.Contains(stem)) ?? "";
        return string.Create(CultureInfo.InvariantCulture, $"{quantity.Value}|{QualifierClass(quantity.Qualifier)}|{counted}");
    }

    /// <summary>"about", "around" and "approximately" say the same; "at least" and "over" do not, and their difference is a drift worth showing.</summary>
    private static string? QualifierClass(string? qualifier) =>
        qualifier is "about" or "around" or "approximately" or "some" or "roughly" or "an estimated" or "close to" ? "approximately" : qualifier;
}
