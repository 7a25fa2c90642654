using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>
/// Finds numeric claims: every number expression the text layer reads ("31,490", "1.5 million", "three", "dozens"),
/// the qualifier before it ("at least", "about", "more than", "over", "some", "nearly"), what it counts (the words after
/// it up to the end of the phrase), and who says so (the source of the attribution around it). Years, clock times,
/// dates and list numbers are not claims.
/// </summary>
public static class QuantityFinder
{
    private const int MaxCountedWords = 7;

    private static readonly string[] Qualifiers =
    [
        "at least", "more than", "fewer than", "less than", "up to", "at most", "as many as", "an estimated", "approximately",
        "around", "about", "over", "under", "some", "nearly", "almost", "roughly", "just over", "just under", "close to",
    ];

    private static readonly HashSet<string> PhraseEnds =
    [
        "said", "says", "say", "according", "who", "which", "that", "as", "since", "when", "while", "after", "before", "and",
        "but", "or", "because", "if", "than", "to", "is", "are", "was", "were", "have", "has", "had", "will", "would",
    ];

    private static readonly HashSet<string> Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    public static IReadOnlyList<Quantity> Find(string text)
    {
        var quantities = new List<Quantity>();
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var span in SentenceSplitter.Split(paragraph))
            {
                var sentence = paragraph.Substring(span.Start, span.Length);
                quantities.AddRange(InSentence(sentence, TextProfiler.Profile(sentence), () => AttributionFinder.Default.FindSaid(sentence)).Select(found => found.Quantity));
            }
        }
        return quantities;
    }

    /// <summary>The numeric claims of an article, each with its evidence (the number and its qualifier).</summary>
    /// <param name="said">The article's attributions (<see cref="AttributionFinder.FindSaid"/> of its whole text): a
    /// claim's source is read from those of its sentence.</param>
    public static IReadOnlyList<ClaimMention> Find(ArticleText article, IReadOnlyList<Attribution> said)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(said);
        var claims = new List<ClaimMention>();
        foreach (var sentence in article.Sentences)
        {
            foreach (var (quantity, start, end) in InSentence(sentence.Text, sentence.Profile, () => Within(said, sentence)))
                claims.Add(new ClaimMention(quantity, article.Evidence(sentence.Start + start, sentence.Start + end)));
        }
        return claims;
    }

    /// <summary>The attributions whose cue is in this sentence, with offsets in the sentence.</summary>
    private static List<Attribution> Within(IReadOnlyList<Attribution> said, Sentence sentence)
    {
        var within = new List<Attribution>();
        foreach (var attribution in said)
        {
            if (attribution.Cue.Start >= sentence.Start && attribution.Cue.End <= sentence.End)
                within.Add(attribution with { Source = Shifted(attribution.Source), Content = Shifted(attribution.Content), Cue = Shifted(attribution.Cue)! });
        }
        return within;

        TextSpan? Shifted(TextSpan? span) => span is null ? null : span with { Start = span.Start - sentence.Start, End = span.End - sentence.Start };
    }

    /// <param name="attributions">The sentence's attributions, asked for only when a number in it is a claim.</param>
    private static IEnumerable<(Quantity Quantity, int Start, int End)> InSentence(string sentence, TextProfile profile, Func<IReadOnlyList<Attribution>> attributions)
    {
        IReadOnlyList<Attribution>? read = null;
        foreach (var number in profile.Numbers)
        {
            if (Build(sentence, profile, number, () => read ??= attributions()) is { } found)
                yield return found;
        }
    }

    private static (Quantity, int, int)? Build(string sentence, TextProfile profile, NumberMention number, Func<IReadOnlyList<Attribution>> attributionsOf)
    {
        var first = IndexOfToken(profile, number.Start);
        var last = IndexOfToken(profile, number.Start + number.Length - 1);
        if (first < 0 || last < 0 || IsNotAClaim(sentence, profile, number, first, last))
            return null;
        var attributions = attributionsOf();

        var qualifier = Qualifiers.FirstOrDefault(q => sentence.AsSpan(0, number.Start).TrimEnd().EndsWith(q, StringComparison.OrdinalIgnoreCase));
        var what = Counted(sentence, profile, last);
        var start = qualifier is null ? number.Start : sentence[..number.Start].TrimEnd().Length - qualifier.Length;
        // Who says so: an attribution whose content holds the number, or an "according to"; a cue after the number
        // (", Israeli officials say") outranks one before it, then the nearest wins.
        var source = attributions
            .Where(a => a.Source is not null && (a.Content is { } content && content.Start <= number.Start && number.Start < content.End
                || a.Content is null && a.Cue.Start > number.Start
                || a.Cue.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase)))
            .OrderBy(a => a.Cue.Start > number.Start ? 0 : 1)
            .ThenBy(a => Math.Abs(a.Cue.Start - number.Start))
            .FirstOrDefault()?.Source?.Text;
        var end = number.Start + number.Length;
        return (new Quantity(sentence[start..end], number.Value.Value, number.Value.IsExact, qualifier?.ToLowerInvariant(), what, source, sentence), start, end);
    }

    /// <summary>The words after the number up to the end of its phrase: "people killed in the Gaza Strip".</summary>
    private static string? Counted(string sentence, TextProfile profile, int last)
    {
        var end = last;
        for (var i = last + 1; i < profile.Tokens.Count && i - last <= MaxCountedWords; i++)
        {
            var token = profile.Tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Acronym) || PhraseEnds.Contains(profile.Forms[i]) && !JoinsModifiers(sentence, profile, last, i))
                break;
            end = i;
        }
        if (end == last)
            return null;
        var from = profile.Tokens[last + 1].Start;
        return sentence[from..profile.Tokens[end].End];
    }

    /// <summary>"250 Israeli and foreign hostages": an "and" or "or" between the modifiers before the counted noun does not end the phrase.</summary>
    private static bool JoinsModifiers(string sentence, TextProfile profile, int last, int i) =>
        profile.Forms[i] is "and" or "or" && i - last <= 2 && i + 2 < profile.Tokens.Count
        && profile.Tokens[i + 1].Kind == TokenKind.Word && profile.Tokens[i + 2].Kind == TokenKind.Word
        && char.IsUpper(sentence[profile.Tokens[last + 1].Start]) && !PhraseEnds.Contains(profile.Forms[i + 2]);

    /// <summary>Years ("in 2023"), dates ("October 7"), clock times and ordinals are numbers but not claims.</summary>
    private static bool IsNotAClaim(string sentence, TextProfile profile, NumberMention number, int first, int last)
    {
        var written = sentence.AsSpan(number.Start, number.Length);
        if (written.Contains(':'))
            return true;
        var value = number.Value.Value;
        var isPlainInteger = written.IndexOfAnyExcept("0123456789") < 0;
        if (isPlainInteger && value is >= 1800 and <= 2100 && written.Length == 4)
            return true;
        var before = first > 0 ? profile.Forms[first - 1] : "";
        var after = last + 1 < profile.Tokens.Count ? profile.Forms[last + 1] : "";
        if (Months.Contains(before) || Months.Contains(after) || before is "number" or "no" or "page" or "chapter" or "article")
            return true;
        return written.EndsWith("th", StringComparison.OrdinalIgnoreCase) || written.EndsWith("st", StringComparison.OrdinalIgnoreCase)
            || written.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || written.EndsWith("rd", StringComparison.OrdinalIgnoreCase);
    }

    private static int IndexOfToken(TextProfile profile, int offset)
    {
        for (var i = 0; i < profile.Tokens.Count; i++)
        {
            if (profile.Tokens[i].Start <= offset && offset < profile.Tokens[i].End)
                return i;
        }
        return -1;
    }
}
