using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>
/// The words of a sentence as the features see them: punctuation dropped, capped at <see cref="ParaphraseFeatures.MaxWords"/>.
/// Beside the words, each multiset the overlap features count (stems, stem n-grams, content stems and bigrams, character
/// trigrams) is kept as a sorted array of 64-bit keys, so a pair is compared by merging arrays instead of building strings
/// and dictionaries; one sentence is compared with many, so this is computed once per sentence and cached.
/// </summary>
internal sealed record ComparedSentence(
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Stems,
    IReadOnlyList<string> ContentStems,
    IReadOnlyList<string> Substantive,
    IReadOnlyList<string> Names,
    IReadOnlySet<string> StemSet,
    int NegationCount)
{
    private static readonly ConditionalWeakTable<TextProfile, ComparedSentence> Cache = [];

    private static readonly FrozenSet<string> Negations =
        new[] { "not", "no", "never", "none", "nor", "neither", "nobody", "nothing", "without", "cannot" }.ToFrozenSet();

    // Words whose presence on one side only rarely changes what a news sentence claims: attribution and day references.
    private static readonly FrozenSet<string> Incidental = new[]
    {
        "said", "says", "say", "told", "added", "adding", "stated", "according", "reported", "announced", "noted",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "also", "just", "now", "still", "already", "however", "but", "yet", "last", "week", "mr", "mr.", "ms", "ms.", "mrs",
    }.ToFrozenSet();

    /// <summary>Hashes of the stems, in order: what word-order features (subsequence, edit distance) compare.</summary>
    public ulong[] StemKeys { get; private init; } = [];

    /// <summary>Sorted keys of the forms.</summary>
    public ulong[] SortedForms { get; private init; } = [];

    /// <summary>Sorted keys of the stem n-grams, n = 1 to 4 (index n - 1).</summary>
    public ulong[][] SortedStemGrams { get; private init; } = [];

    /// <summary>Sorted keys of the content stems and of their bigrams.</summary>
    public ulong[] SortedContent { get; private init; } = [];

    public ulong[] SortedContentBigrams { get; private init; } = [];

    /// <summary>Sorted character trigrams of the forms joined by spaces, padded with a space at each end.</summary>
    public ulong[] SortedCharacterTrigrams { get; private init; } = [];

    /// <summary>The words of a profiled sentence, computed once per profile.</summary>
    public static ComparedSentence Of(TextProfile profile) => Cache.GetValue(profile, Compute);

    private static ComparedSentence Compute(TextProfile profile)
    {
        List<string> forms = [], stems = [], content = [], substantive = [], names = [];
        var negations = 0;
        for (var i = 0; i < profile.Tokens.Count && forms.Count < ParaphraseFeatures.MaxWords; i++)
        {
            var token = profile.Tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Acronym or TokenKind.Number))
            {
                continue;
            }

            var form = profile.Forms[i];
            var stem = profile.Stems[i];
            forms.Add(form);
            stems.Add(stem);
            if (Negations.Contains(form) || form.EndsWith("n't", StringComparison.Ordinal))
            {
                negations++;
            }

            if (!StopWords.Contains(form))
            {
                content.Add(stem);
                if (!Incidental.Contains(form))
                {
                    substantive.Add(stem);
                }

                var capitalised = char.IsUpper(profile.Text[token.Start]);
                if (token.Kind == TokenKind.Acronym || (capitalised && forms.Count > 1))
                {
                    names.Add(stem);
                }
            }
        }

        var stemKeys = Keys(stems);
        var contentKeys = Keys(content);
        return new ComparedSentence(forms, stems, content, substantive, names, stems.ToHashSet(StringComparer.Ordinal), negations)
        {
            StemKeys = stemKeys,
            SortedForms = Sorted(Keys(forms)),
            SortedStemGrams = [Sorted([.. stemKeys]), Sorted(Grams(stemKeys, 2)), Sorted(Grams(stemKeys, 3)), Sorted(Grams(stemKeys, 4))],
            SortedContent = Sorted([.. contentKeys]),
            SortedContentBigrams = Sorted(Grams(contentKeys, 2)),
            SortedCharacterTrigrams = Sorted(CharacterTrigrams(forms)),
        };
    }

    private static ulong[] Keys(List<string> words)
    {
        var keys = new ulong[words.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = XxHash64.Hash(words[i]);
        return keys;
    }

    private static ulong[] Grams(ulong[] keys, int n)
    {
        var grams = new ulong[Math.Max(0, keys.Length - n + 1)];
        for (var i = 0; i < grams.Length; i++)
        {
            var gram = 0UL;
            for (var k = 0; k < n; k++)
                gram = BitOperations.RotateLeft(gram, 17) ^ (keys[i + k] * 0x9E3779B97F4A7C15UL);
            grams[i] = gram;
        }
        return grams;
    }

    /// <summary>Three UTF-16 characters fit one key exactly, so trigram keys never collide.</summary>
    private static ulong[] CharacterTrigrams(List<string> forms)
    {
        var text = " " + string.Join(' ', forms) + " ";
        var grams = new ulong[Math.Max(0, text.Length - 2)];
        for (var i = 0; i < grams.Length; i++)
            grams[i] = ((ulong)text[i] << 32) | ((ulong)text[i + 1] << 16) | text[i + 2];
        return grams;
    }

    private static ulong[] Sorted(ulong[] keys)
    {
        Array.Sort(keys);
        return keys;
    }
}
