using System.Buffers;

namespace Triangulate.Text;

/// <summary>
/// Splits a paragraph into sentences in one pass. A sentence ends at . ? ! or … (with any closing quotes and brackets
/// after it) when whitespace and a capital, digit or opening quote follow; titles (Gen., Mr.), initials (J. R.),
/// decimals (1.5) and abbreviations such as "U.S." or "No." followed by a number do not end one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!…");

    /// <summary>Abbreviations after which a capitalised word is still the same sentence ("Gen. Ali", "Mr. Quill").</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep", "st", "prof",
        "rev", "hon", "pres", "supt", "insp", "messrs", "mt", "ft", "jr", "sr", "no", "nos", "vol", "fig", "art", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "vs", "v", "approx",
    };

    /// <summary>Words that, after an ambiguous abbreviation such as "U.S." or "a.m.", show that a new sentence began.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This", "That", "These",
        "Those", "There", "His", "Her", "Their", "Its", "Our", "After", "Before", "When", "While", "However", "Meanwhile",
    };

    public static IReadOnlyList<SentenceSpan> Split(string paragraph)
    {
        var sentences = new List<SentenceSpan>();
        var text = paragraph.AsSpan();
        var start = SkipSpace(text, 0);
        var position = start;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(Terminators);
            if (found < 0)
                break;
            var terminator = position + found;
            var end = terminator + 1;
            while (end < text.Length && text[end] is '.' or '?' or '!' or '…')
                end++;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»')
                end++;
            position = end;
            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
                continue;
            var next = SkipSpace(text, end);
            if (next >= text.Length || !StartsSentence(text[next]))
                continue;
            if (text[terminator] == '.' && IsAbbreviation(text, terminator, next))
                continue;
            sentences.Add(Trimmed(text, start, end));
            start = next;
            position = next;
        }
        if (start < text.Length)
            sentences.Add(Trimmed(text, start, text.Length));
        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    /// <summary>True when the word before the full stop is a title, an initial, or an ambiguous abbreviation not followed by a clear sentence start.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int stop, int next)
    {
        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text[wordStart..stop];
        if (word.Length == 0)
            return false;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        if (Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        if (word.Contains('.'))
        {
            var nextWordEnd = next;
            while (nextWordEnd < text.Length && char.IsLetter(text[nextWordEnd]))
                nextWordEnd++;
            return !SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[next..nextWordEnd]);
        }
        return false;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
            position++;
        return position;
    }

    private static SentenceSpan Trimmed(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return new SentenceSpan(start, end - start);
    }
}
