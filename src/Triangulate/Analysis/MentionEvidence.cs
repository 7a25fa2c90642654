using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>
/// Turns offsets in the text the actor finder reads (the headline, a blank line, the body paragraphs separated by
/// blank lines, then signature lines) into evidence in the article's body text (<see cref="ArticleText"/>); the
/// headline's evidence has sentence -1 and offsets into the headline; signature lines give none.
/// </summary>
internal sealed class MentionEvidence
{
    private const int FactSeparator = 2;
    private readonly ArticleText _text;
    private readonly int[] _factStarts;
    private readonly int[] _bodyStarts;
    private readonly int[] _lengths;

    public MentionEvidence(Article article, ArticleText text)
    {
        _text = text;
        var count = article.Body.Count;
        (_factStarts, _bodyStarts, _lengths) = (new int[count], new int[count], new int[count]);
        int fact = article.Title.Length + FactSeparator, body = 0;
        for (var i = 0; i < count; i++)
        {
            (_factStarts[i], _bodyStarts[i], _lengths[i]) = (fact, body, article.Body[i].Length);
            fact += article.Body[i].Length + FactSeparator;
            body += article.Body[i].Length + ArticleText.ParagraphSeparator.Length;
        }
    }

    public Evidence? Of(int start, int end)
    {
        if (end <= _text.Title.Length)
            return new Evidence(_text.ArticleId, -1, start, end, _text.Title[start..end]);
        for (var i = 0; i < _factStarts.Length; i++)
        {
            if (start >= _factStarts[i] && end <= _factStarts[i] + _lengths[i])
                return _text.Evidence(start - _factStarts[i] + _bodyStarts[i], end - _factStarts[i] + _bodyStarts[i]);
        }
        return null;
    }
}
