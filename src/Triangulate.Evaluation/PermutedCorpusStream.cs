using System.Text;
using Triangulate.Text;

namespace Triangulate.Evaluation;

/// <summary>
/// An article stream of any length for the reuse scale benchmark: the corpus of a <see cref="StoryScaleStream"/>
/// cycle, repeated with its vocabulary permuted. In cycle k every word (two letters or more, not a stop word) becomes
/// the word k × <see cref="Stride"/> places further along the corpus's sorted vocabulary, and every number's digits move
/// with k. So each cycle is a corpus of its own: its sentences are no copies of another cycle's, the text reuse
/// inside it is the corpus's own, and the vocabulary stays the corpus's size, as a real stream's grows slowly, instead
/// of growing by a whole corpus per cycle.
/// </summary>
public sealed class PermutedCorpusStream
{
    /// <summary>A prime, so consecutive cycles move every word far and no two cycles below the vocabulary size coincide.</summary>
    public const int Stride = 7919;

    private readonly IReadOnlyList<Article> cycle;
    private readonly string[] vocabulary;
    private readonly Dictionary<string, int> rank;

    private PermutedCorpusStream(IReadOnlyList<Article> cycle)
    {
        this.cycle = cycle;
        vocabulary = cycle.SelectMany(a => a.Body.Prepend(a.Title)).SelectMany(Words)
            .Select(w => w.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).Distinct().Order(StringComparer.Ordinal).ToArray();
        rank = vocabulary.Select((word, i) => (word, i)).ToDictionary(x => x.word, x => x.i, StringComparer.Ordinal);
    }

    public static PermutedCorpusStream Load(string corpusDirectory)
    {
        var stream = StoryScaleStream.Load(corpusDirectory);
        return Of(stream.Articles(stream.CycleLength).ToList());
    }

    /// <summary>A stream that repeats <paramref name="cycle"/>, permuted anew in each later pass.</summary>
    public static PermutedCorpusStream Of(IReadOnlyList<Article> cycle) =>
        cycle.Count > 0 ? new PermutedCorpusStream(cycle) : throw new ArgumentException("an empty cycle", nameof(cycle));

    /// <summary>The article at a position of the stream, generated again on each call (a benchmark's stand-in for reading the store).</summary>
    public Article At(int index)
    {
        var pass = index / cycle.Count;
        var article = cycle[index % cycle.Count];
        if (pass == 0)
            return article;
        return article with
        {
            Id = $"{article.Id}#{pass}",
            Title = Permuted(article.Title, pass),
            Body = [.. article.Body.Select(paragraph => Permuted(paragraph, pass))],
            Published = article.Published is { } published ? published with { Value = published.Value.AddDays(365.0 * pass) } : null,
        };
    }

    private string Permuted(string text, int pass)
    {
        var permuted = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                    i++;
                permuted.Append(Replacement(text[start..i], pass));
            }
            else if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    permuted.Append((char)('0' + (text[i] - '0' + DigitShift(pass, i - start)) % 10));
                    i++;
                }
            }
            else
                permuted.Append(text[i++]);
        }
        return permuted.ToString();
    }

    private string Replacement(string word, int pass)
    {
        var lower = word.ToLowerInvariant();
        if (word.Length < 2 || !rank.TryGetValue(lower, out var position))
            return word;
        var replacement = vocabulary[(int)((position + (long)pass * Stride) % vocabulary.Length)];
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }

    /// <summary>The k-th digit of a number moves by the k-th decimal digit of the cycle number.</summary>
    private static int DigitShift(int pass, int position)
    {
        for (var k = 0; k < position; k++)
            pass /= 10;
        return pass % 10;
    }

    private static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            if (i - start >= 2)
                yield return text[start..i];
        }
    }
}
