using System.Runtime.InteropServices;
using System.Text;
using Triangulate.Text;

namespace Triangulate.Evaluation;

/// <summary>
/// An article stream of any length for the story clustering scale benchmark, made from the docs.jsonl files of a corpus
/// folder (../shared/corpus). The corpus repeats in cycles, each one a year later: a cycle's stories
/// are new events that cannot reach back to stories of an earlier cycle, which have retired. Each cycle also renames a
/// quarter of the words (a cycle-specific suffix), so the vocabulary keeps growing as a real stream's does and repeated
/// articles are not copies. Undated articles (BBC) take the date of a dated article, spread evenly over the cycle.
/// </summary>
public sealed class StoryScaleStream
{
    private const int RenamedShare = 4;
    private const int MinRenamedLength = 4;
    private const int MaxRenamedLength = 40;

    private static readonly TimeSpan CycleShift = TimeSpan.FromDays(365);

    private readonly List<Article> cycle;

    private StoryScaleStream(List<Article> cycle) => this.cycle = cycle;

    /// <summary>Reads the corpus once; the articles of later cycles are generated as they are asked for.</summary>
    public static StoryScaleStream Load(string corpusDirectory)
    {
        var cycle = OneCycle(corpusDirectory);
        return cycle.Count > 0 ? new StoryScaleStream(cycle) : throw new InvalidDataException($"No article with a body under {corpusDirectory}.");
    }

    /// <summary>The first <paramref name="count"/> articles of the stream, in publication order.</summary>
    public IEnumerable<Article> Articles(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
            yield return At(i);
    }

    /// <summary>How many articles one cycle holds.</summary>
    public int CycleLength => cycle.Count;

    /// <summary>The article at a position of the stream, generated again on each call (a benchmark's stand-in for reading the store).</summary>
    public Article At(int index)
    {
        var pass = index / cycle.Count;
        return pass == 0 ? cycle[index] : Renamed(cycle[index % cycle.Count], pass);
    }

    private static List<Article> OneCycle(string corpusDirectory)
    {
        var articles = Directory.EnumerateFiles(corpusDirectory, "docs.jsonl*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(EvaluationArticles.Read)
            .Where(a => a.Body.Count > 0)
            .ToList();
        var dated = articles.Where(a => a.Published is not null).OrderBy(a => a.Published!.Value).ToList();
        var undated = articles.Where(a => a.Published is null).ToList();
        if (dated.Count == 0)
        {
            return undated;
        }
        var withDates = undated.Select((a, i) => a with { Published = dated[(int)((long)i * dated.Count / undated.Count)].Published });
        return [.. dated.Concat(withDates).OrderBy(a => a.Published!.Value).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static Article Renamed(Article article, int pass)
    {
        var suffix = Suffix(pass);
        return article with
        {
            Id = $"{article.Id}#{pass}",
            Title = Renamed(article.Title, pass, suffix),
            Body = [.. article.Body.Select(paragraph => Renamed(paragraph, pass, suffix))],
            Published = article.Published is { } published ? published with { Value = published.Value + pass * CycleShift } : null,
        };
    }

    /// <summary>The text with every word the cycle renames (a quarter of them, chosen by hash) given the cycle's suffix.</summary>
    private static string Renamed(string text, int pass, string suffix)
    {
        var renamed = new StringBuilder(text.Length + text.Length / 8);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                continue;
            }
            var word = text.AsSpan(start, i - start);
            renamed.Append(word);
            if (word.Length is >= MinRenamedLength and <= MaxRenamedLength && IsRenamed(word, pass))
            {
                renamed.Append(suffix);
            }
            if (i < text.Length)
            {
                renamed.Append(text[i]);
            }
            start = i + 1;
        }
        return renamed.ToString();
    }

    private static bool IsRenamed(ReadOnlySpan<char> word, int pass)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return XxHash64.Hash(MemoryMarshal.AsBytes(lower), (ulong)pass) % RenamedShare == 0;
    }

    /// <summary>Lower-case letters spelling the cycle number in base 26 ("b", "c", ... "ba"), so renamed words stay words.</summary>
    private static string Suffix(int pass)
    {
        var letters = new StringBuilder();
        for (var n = pass; n > 0; n /= 26)
        {
            letters.Insert(0, (char)('a' + n % 26));
        }
        return letters.ToString();
    }
}
