using Triangulate.Analysis;
using Triangulate.Facts;
using Triangulate.Reports;
using Triangulate.Text;

namespace Triangulate.Web.Views;

/// <summary>
/// One article: the report schema's article (body, furniture set aside with reasons), its story, its provenance (parent,
/// copies, changes) and its facts with their evidence spans in the body text (paragraphs joined by one line break).
/// </summary>
public sealed record ArticleDetail(
    ReportArticle Article,
    string? Story,
    string? StoryTitle,
    string? Group,
    ReportDerivation? Derivation,
    IReadOnlyList<ReportDerivation> Copies,
    IReadOnlyList<ReportChange> Changes,
    IReadOnlyList<ArticleMention> Mentions,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<AttributionView> Attributions);

/// <summary>Where one actor is mentioned in the article (sentence -1 is the headline).</summary>
public sealed record ArticleMention(string Actor, string Name, ActorType Type, IReadOnlyList<Evidence> Evidence);
