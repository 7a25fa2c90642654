using Triangulate.Text;

namespace Triangulate.Facts;

/// <summary>A numeric claim as one article makes it, with the span of the figure.</summary>
public sealed record ClaimMention(Quantity Quantity, Evidence Evidence)
{
    public string Article => Evidence.Article;
}
