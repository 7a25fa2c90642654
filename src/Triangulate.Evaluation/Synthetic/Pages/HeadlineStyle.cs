namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>How an outlet writes headlines: a wire's headline in capitals becomes title case or sentence case.</summary>
public enum HeadlineStyle
{
    TitleCase,
    SentenceCase,
}
