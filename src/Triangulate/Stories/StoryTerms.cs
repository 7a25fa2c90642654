namespace Triangulate.Stories;

/// <summary>The terms the story clusterer weighs: lower-cased words of three letters or more.</summary>
public static class StoryTerms
{
    /// <summary>The terms of a text, in order.</summary>
    public static IEnumerable<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 3)
                {
                    yield return text[start..i].ToLowerInvariant();
                }
                start = -1;
            }
        }
    }
}
