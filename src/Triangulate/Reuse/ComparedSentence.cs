using System.Collections.Frozen;
using Triangulate.Text;

namespace Triangulate.Reuse;

/// <summary>The words of a sentence as the features see them: punctuation dropped, capped at <see cref="ParaphraseFeatures.MaxWords"/>.</summary>
internal sealed record ComparedSentence(
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Stems,
    IReadOnlyList<string> ContentStems,
    IReadOnlyList<string> Substantive,
    IReadOnlyList<string> Names,
    IReadOnlySet<string> StemSet,
    int NegationCount)
{
    private static readonly FrozenSet<string> Negations =
        new[] { "not", "no", "never", "none", "nor", "neither", "nobody", "nothing", "without", "cannot" }.ToFrozenSet();

    // Words whose presence on one side only rarely changes what a news sentence claims: attribution and day references.
    private static readonly FrozenSet<string> Incidental = new[]
    {
        "said", "says", "say", "told", "added", "adding", "stated", "according", "reported", "announced", "noted",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "also", "just", "now", "still", "already", "however", "but", "yet", "last", "week", "mr", "mr.", "ms", "ms.", "mrs",
    }.ToFrozenSet();

    /// <summary>The words of a profiled sentence.</summary>
    public static ComparedSentence Of(TextProfile profile)
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

        return new ComparedSentence(forms, stems, content, substantive, names, stems.ToHashSet(StringComparer.Ordinal), negations);
    }
}
