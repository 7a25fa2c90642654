using Triangulate.Facts;
using Triangulate.Stories;

namespace Triangulate.Reports;

/// <summary>Builds the report document from the records the pipeline produced.</summary>
public static class ReportBuilder
{
    public static Report Build(
        IReadOnlyList<Article> articles, IReadOnlyList<Story>? stories = null, IReadOnlyList<Actor>? actors = null, IReadOnlyList<Claim>? claims = null) =>
        new(articles.Select(ToReport).ToList(), (stories ?? []).Select(ToReport).ToList(), (actors ?? []).Select(ToReport).ToList(), [],
            (claims ?? []).Select(ToReport).ToList());

    private static ReportClaim ToReport(Claim claim) => new(
        claim.Id, claim.Quantity.Text, claim.Quantity.Value, claim.Quantity.Qualifier, claim.Quantity.What, claim.Quantity.AccordingTo, claim.ArticleIds);

    private static ReportActor ToReport(Actor actor) =>
        new(actor.Id, actor.Name, actor.Type.ToString().ToLowerInvariant(), actor.Aliases.Select(alias => alias.Name).ToList());

    private static ReportStory ToReport(Story story) => new(story.Id, story.Title, story.ArticleIds, null, [], []);

    private static ReportArticle ToReport(Article article) => new(
        article.Id,
        article.Source,
        article.Url,
        article.Title,
        article.Outlet?.Name,
        article.Outlet?.Evidence,
        article.Published is { } published
            ? new ReportPublished(published.ToIso(), published.Precision.ToString().ToLowerInvariant(), published.Inferred, published.Evidence)
            : null,
        article.Credits,
        article.Byline,
        article.Body,
        article.Removed.Select(line => line.Text).ToList(),
        article.Removed.Select(line => new ReportRemovedLine(line.Text, line.Reason)).ToList());
}
