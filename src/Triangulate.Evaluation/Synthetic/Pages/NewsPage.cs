namespace Triangulate.Evaluation.Synthetic.Pages;

/// <summary>What a template renders: one article as its outlet publishes it.</summary>
/// <param name="Published">The publication time, in the outlet's own offset.</param>
/// <param name="Modified">When the page says it was last updated, if it says so.</param>
/// <param name="Agency">The agency the page credits (or is, for an agency's own page); null for an outlet's own story.</param>
/// <param name="Related">Links to other stories of the same outlet: headline and address.</param>
public sealed record NewsPage(
    string Id,
    string Url,
    string Headline,
    IReadOnlyList<string> Sentences,
    DateTimeOffset Published,
    DateTimeOffset? Modified,
    string? Byline,
    string? Agency,
    string Section,
    IReadOnlyList<RelatedLink> Related);
