using Triangulate.Facts;
using Triangulate.Reuse;
using Triangulate.Stories;

namespace Triangulate.Reports;

/// <summary>Builds the report document from the records the pipeline produced.</summary>
public static class ReportBuilder
{
    public static Report Build(
        IReadOnlyList<Article> articles, IReadOnlyList<ReportStory>? stories = null, IReadOnlyList<Actor>? actors = null, IReadOnlyList<Claim>? claims = null) =>
        new(articles.Select(ToReport).ToList(), stories ?? [], (actors ?? []).Select(ToReport).ToList(), [], (claims ?? []).Select(ToReport).ToList());

    public static ReportProvenanceGroup ToReport(ProvenanceGroup group) => new(
        group.Id, group.ArticleIds, ToReport(group.Origin), group.Origin.Sentences,
        group.Derivations.Select(ToReport).ToList(), group.Changes.Select(ToReport).ToList());

    private static ReportOrigin ToReport(Origin origin) => new(origin.Name, origin.ArticleId, origin.Reconstructed, origin.Evidence);

    private static ReportDerivation ToReport(Derivation derivation) => new(
        derivation.ArticleId, derivation.From, derivation.Kind.ToString().ToLowerInvariant(), Math.Round(derivation.Share, 3), derivation.Evidence);

    private static ReportChange ToReport(Change change) => new(change.Kind.ToString().ToLowerInvariant(), change.ArticleId, change.OriginText, change.Text);

    private static ReportClaim ToReport(Claim claim) => new(
        claim.Id, claim.Quantity.Text, claim.Quantity.Value, claim.Quantity.Qualifier, claim.Quantity.What, claim.Quantity.AccordingTo, claim.ArticleIds);

    private static ReportActor ToReport(Actor actor) =>
        new(actor.Id, actor.Name, actor.Type.ToString().ToLowerInvariant(), actor.Aliases.Select(alias => alias.Name).ToList());

    public static ReportStory ToReport(Story story, StoryProvenance seen)
    {
        return new ReportStory(story.Id, story.Title, story.ArticleIds,
            new ReportOrigin(seen.OriginName, seen.OriginArticle, seen.Reconstructed, seen.Evidence),
            seen.Derivations.Select(ToReport).ToList(), seen.Changes.Select(ToReport).ToList());
    }

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
