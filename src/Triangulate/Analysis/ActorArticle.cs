using Triangulate.Text;

namespace Triangulate.Analysis;

/// <summary>Where one actor is mentioned in one article (evidence with sentence -1 lies in the headline).</summary>
public sealed record ActorArticle(string Actor, string Article, IReadOnlyList<Evidence> Mentions);
