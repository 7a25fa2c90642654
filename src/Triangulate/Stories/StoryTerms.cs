namespace Triangulate.Stories;

/// <summary>The terms the story clusterer weighs: lower-cased runs of letters and digits, three characters or more, with at
/// least one letter ("ie8" and "f-16" parts are terms; plain numbers are compared separately).</summary>
public static class StoryTerms
{
    /// <summary>The terms of a text, in order.</summary>
    public static IEnumerable<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        var hasLetter = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var wordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (wordChar && start < 0)
            {
                start = i;
                hasLetter = false;
            }
            if (wordChar)
            {
                hasLetter |= char.IsLetter(text[i]);
            }
            else if (start >= 0)
            {
                if (hasLetter && i - start >= 3)
                {
                    yield return text[start..i].ToLowerInvariant();
                }
                start = -1;
            }
        }
    }
}
