using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// What a merged fact stands on: every sentence that carries it, the articles, how many independent origins those
/// articles come from (five copies of one wire report are one), and the underlying sources the texts name.
/// </summary>
/// <param name="Sources">Who the texts say it comes from: "Palestinian factional sources (via AFP)", "a Houthi source".</param>
public sealed record Support(IReadOnlyList<string> Articles, int IndependentOrigins, IReadOnlyList<string> Sources, FactStatus Status, IReadOnlyList<Evidence> Evidence)
{
    /// <param name="originOf">The provenance group of an article; an article in none is its own origin.</param>
    public static Support Of(IEnumerable<Evidence> evidence, IEnumerable<string> sources, Func<string, string?> originOf, bool contradicted)
    {
        ArgumentNullException.ThrowIfNull(originOf);
        var all = evidence.DistinctBy(e => (e.Article, e.Start, e.End)).ToList();
        var articles = all.Select(e => e.Article).Distinct().ToList();
        var origins = articles.Select(article => originOf(article) ?? "article:" + article).Distinct().Count();
        var status = contradicted ? FactStatus.Contradicted : origins > 1 ? FactStatus.Corroborated : FactStatus.SingleSource;
        return new Support(articles, origins, SourceNames(sources), status, all);
    }

    /// <summary>Distinct source names, "the sources" and "sources" being one, the longest wording kept.</summary>
    private static List<string> SourceNames(IEnumerable<string> sources) =>
        sources.GroupBy(Normalise, StringComparer.OrdinalIgnoreCase).Select(group => group.MaxBy(name => name.Length)!).ToList();

    private static string Normalise(string source)
    {
        var lower = source.ToLowerInvariant().Replace('’', '\'');
        foreach (var article in (string[])["the ", "a ", "an "])
        {
            if (lower.StartsWith(article, StringComparison.Ordinal))
                return lower[article.Length..];
        }
        return lower;
    }
}
