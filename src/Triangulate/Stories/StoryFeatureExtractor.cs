using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using Triangulate.Ingest;

namespace Triangulate.Stories;

/// <summary>Turns an article into the features the story clusterer compares: terms, actors, numbers and the event year.</summary>
/// <param name="terms">The text layer's term function (normalised, stemmed content words of a text).</param>
/// <param name="meaning">The sentence embedding of a headline; asked only for an item with no body (a feed item that
/// carries nothing but its headline: a headline and a sentence already names what the term path needs), never when
/// <see cref="StoryClusteringOptions.MeaningWeight"/> is 0.</param>
public sealed class StoryFeatureExtractor(Func<string, IEnumerable<string>> terms, StoryClusteringOptions options, Func<string, float[]>? meaning = null)
{
    private const int MinYear = 1900;
    private const int MaxYear = 2099;
    private const int MaxCharactersPerArticle = 200_000;

    // Distinct keys of a typical news article, so the tables seldom grow while they fill.
    private const int TypicalTerms = 192;
    private const int TypicalActors = 64;
    private const int TypicalNumbers = 16;

    // A capitalised word longer than half this is no name (a code, a run of letters); a pair of names fits a stack buffer.
    private const int MaxActorLength = 128;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");
    private static readonly SearchValues<char> NumberJoiners = SearchValues.Create(".,:/-");
    private static readonly SearchValues<char> DatelineDashes = SearchValues.Create("-\u2013\u2014");

    // "NEW YORK, Feb 26 (Reuters) -" and its kin fit well within this.
    private const int MaxDatelineLength = 80;

    // Calendar words are capitalised in every article; as actors they would join unrelated stories.
    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Whether the article is an item with no body, whose headline is compared by its meaning: it has no
    /// paragraph, or only a feed description that repeats the headline.</summary>
    public static bool HasNoBody(Article article) =>
        article.Body.Count == 0 || (article.Body.Count == 1 && RepeatsHeadline(article));

    // A feed item's description often repeats its headline: it is no body.
    private static bool RepeatsHeadline(Article article) =>
        string.Equals(article.Body[0].Trim(), article.Title.Trim(), StringComparison.Ordinal);

    /// <summary>The features of one article.</summary>
    public StoryFeatures Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var termCounts = new Dictionary<string, double>(TypicalTerms, StringComparer.Ordinal);
        var actorCounts = new Dictionary<string, double>(TypicalActors, StringComparer.Ordinal);
        var numberCounts = new Dictionary<string, double>(TypicalNumbers, StringComparer.Ordinal);
        var latestYear = 0;
        var budget = MaxCharactersPerArticle;
        var publishedYear = article.Published?.Value.Year ?? MaxYear;

        AddTerms(termCounts, article.Title, options.HeadlineWeight);
        var bodyTerms = 0;
        var lead = 0;
        for (var i = 0; i < article.Body.Count && budget > 0; i++)
        {
            if (i == 0 && RepeatsHeadline(article))
            {
                continue;
            }
            var paragraph = article.Body[i].Length > budget ? article.Body[i][..budget] : article.Body[i];
            budget -= paragraph.Length;
            bodyTerms += AddTerms(termCounts, paragraph, lead++ < options.LeadParagraphs ? options.LeadWeight : 1);
            var reported = lead == 1 ? WithoutDateline(paragraph) : paragraph;
            AddActors(actorCounts, reported);
            latestYear = Math.Max(latestYear, AddNumbers(numberCounts, reported, publishedYear));
        }
        if (lead == 0)
        {
            AddActors(actorCounts, article.Title);
        }
        latestYear = Math.Max(latestYear, AddNumbers(numberCounts, article.Title, publishedYear));
        RemoveCredited(actorCounts, article);

        int? eventYear = latestYear > 0 ? latestYear : article.Published?.Value.Year;
        return new StoryFeatures(
            article.Id, article.Title, article.Outlet?.Name, article.Published?.Value,
            LogScaled(termCounts), LogScaled(actorCounts), LogScaled(numberCounts), eventYear, lead <= 1 && bodyTerms <= options.ShortBodyTerms,
            bodyTerms > 0 ? [.. HeadlineNames(article.Title).Where(termCounts.ContainsKey)] : [],
            lead == 0 && meaning is not null && options.MeaningWeight > 0 && termCounts.Count > 0 ? meaning(article.Title.Trim()) : null);
    }

    /// <summary>Adds the terms of a text and returns how many it holds.</summary>
    private int AddTerms(Dictionary<string, double> counts, string text, double weight)
    {
        var count = 0;
        foreach (var term in terms(text))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _) += weight;
            count++;
        }
        return count;
    }

    /// <summary>
    /// The terms of what a headline names. In a sentence-case headline, its capitalised words after the first ("Tara Reid
    /// checks into rehab" names Tara Reid); a headline in capitals or with every word capitalised does not tell its names
    /// apart, so all its terms stand.
    /// </summary>
    private IEnumerable<string> HeadlineNames(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => char.IsLetter(w[0])).ToList();
        var capitalised = words.Skip(1).Count(w => char.IsUpper(w[0]));
        var names = capitalised * 2 > words.Count - 1
            ? title
            : string.Join(' ', words.Skip(1).Where(w => char.IsUpper(w[0])));
        return terms(names).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The paragraph after its dateline ("TAMPA, Fla., March 2 -", "LONDON, March 2 (Reuters) -"): the place and day a
    /// report was filed are the agency desk's and the calendar's, shared by the day's unrelated reports, not what the
    /// story is about.
    /// </summary>
    private static string WithoutDateline(string paragraph)
    {
        var window = paragraph.AsSpan(0, Math.Min(paragraph.Length, MaxDatelineLength));
        var dash = window.IndexOfAny(DatelineDashes);
        if (dash < 2 || window[dash - 1] != ' ' || dash + 1 >= window.Length || window[dash + 1] is not (' ' or '-'))
        {
            return paragraph;
        }
        foreach (var range in window[..dash].SplitAny(" ,"))
        {
            var word = window[..dash][range];
            if (word.Length > 0 && char.IsLower(word[0]))
            {
                return paragraph;
            }
        }
        return paragraph[(dash + 1)..];
    }

    /// <summary>Runs of capitalised words; the first word of a sentence is skipped (it is capitalised anyway).</summary>
    private static void AddActors(Dictionary<string, double> counts, string text)
    {
        var byForm = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxActorLength];
        var previousLength = 0;
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            var word = text.AsSpan(start, length);
            var capitalised = char.IsUpper(word[0]) && length > 1 && !IsSentenceStart(text, start)
                && !CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            var name = WithoutPossessive(word);
            if (!capitalised || name.Length > MaxActorLength / 2)
            {
                previousLength = 0;
                continue;
            }
            // The buffer holds "previous current": the pair, and at its end the lower-cased word itself.
            var isPair = previousLength > 0 && IsSingleSpace(text, start);
            var wordStart = previousLength + 1;
            buffer[previousLength] = ' ';
            name.ToLowerInvariant(buffer.Slice(wordStart, name.Length));
            CollectionsMarshal.GetValueRefOrAddDefault(byForm, buffer.Slice(wordStart, name.Length), out _)++;
            if (isPair)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(byForm, buffer[..(wordStart + name.Length)], out _)++;
            }
            buffer.Slice(wordStart, name.Length).CopyTo(buffer);
            previousLength = name.Length;
        }
    }

    /// <summary>
    /// Drops the agencies the article credits, and the words of their names ("LONDON, March 2 (Reuters) -", "(Meridian
    /// Press)"): every copy of an agency's wire names it, whatever the event, so as an actor it would pull all of that
    /// agency's stories together.
    /// </summary>
    private static void RemoveCredited(Dictionary<string, double> actors, Article article)
    {
        if (article.Credits.Count == 0)
        {
            return;
        }
        var credited = actors.Keys
            .Where(actor => article.Credits.Any(credit => NewsAgencies.Same(actor, credit)
                || credit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(actor, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        foreach (var actor in credited)
        {
            actors.Remove(actor);
        }
    }

    /// <summary>Adds the numbers of a text and returns the latest year it mentions (0 when none).</summary>
    private static int AddNumbers(Dictionary<string, double> counts, string text, int publishedYear)
    {
        var latestYear = 0;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsAsciiDigit(span[i]) || (i > 0 && char.IsAsciiLetterOrDigit(span[i - 1])))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < span.Length && (char.IsAsciiDigit(span[end])
                   || (NumberJoiners.Contains(span[end]) && end + 1 < span.Length && char.IsAsciiDigit(span[end + 1]))))
            {
                end++;
            }
            var token = span[i..end];
            var year = LatestYearIn(token, publishedYear);
            latestYear = Math.Max(latestYear, year);
            var isPlainYear = token.Length == 4 && year > 0;
            if (!isPlainYear && token.Length >= 2)
            {
                var number = token.ToString().Replace(",", "", StringComparison.Ordinal);
                counts[number] = counts.GetValueOrDefault(number) + 1;
            }
            i = end;
        }
        return latestYear;
    }

    private static int LatestYearIn(ReadOnlySpan<char> token, int publishedYear)
    {
        var latest = 0;
        foreach (var range in token.SplitAny(NumberJoiners))
        {
            var part = token[range];
            if (part.Length == 4 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= MinYear and <= MaxYear && year <= publishedYear)
            {
                latest = Math.Max(latest, year);
            }
        }
        return latest;
    }

    private static bool NextWord(string text, ref int position, out int start, out int length)
    {
        while (position < text.Length && !char.IsLetter(text[position]))
        {
            position++;
        }
        start = position;
        while (position < text.Length && (char.IsLetter(text[position])
               || (text[position] is '\'' or '’' or '-' && position + 1 < text.Length && char.IsLetter(text[position + 1]))))
        {
            position++;
        }
        length = position - start;
        return length > 0;
    }

    /// <summary>Whether a word opens a sentence: after a full stop or colon, at the start of the text, or after a
    /// spaced dash, which ends a dateline ("KELL, Oct 20 - Shares of ...").</summary>
    private static bool IsSentenceStart(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '-' or '—' or '–')
            {
                return i > 0 && char.IsWhiteSpace(text[i - 1]);
            }
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '‘' or '(')
            {
                continue;
            }
            return SentenceEnds.Contains(c) || c == ':';
        }
        return true;
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    private static bool IsSingleSpace(string text, int start) => start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]);

    private static Dictionary<string, double> LogScaled(Dictionary<string, double> counts)
    {
        foreach (var key in counts.Keys)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, key);
            count = 1 + Math.Log(count);
        }
        return counts;
    }
}
