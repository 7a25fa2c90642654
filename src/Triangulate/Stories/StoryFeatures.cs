namespace Triangulate.Stories;

/// <summary>What the story clusterer compares, computed once per article.</summary>
/// <param name="Terms">Term → log-scaled weighted frequency (headline and lead counted more).</param>
/// <param name="Actors">Capitalised word or word pair (lower-cased) → log-scaled frequency: a cheap proxy for named actors and places.</param>
/// <param name="Numbers">Number mentioned (years excluded, separators dropped) → log-scaled frequency.</param>
/// <param name="EventYear">The latest year the text mentions (not after the publication year), else the publication year.</param>
/// <param name="Short">A headline alone or with a sentence or two (see <see cref="StoryClusteringOptions.ShortBodyTerms"/>).</param>
/// <param name="HeadlineNames">The distinct terms of what the headline names (see <see cref="StoryMember.NameTerms"/>);
/// none for a headline with no body, too few words to tell a name left out from a rewording.</param>
/// <param name="Meaning">The headline's sentence embedding (unit length; see <see cref="Text.SentenceEmbedder"/>) for an
/// item with no body, else null.</param>
public sealed record StoryFeatures(
    string ArticleId,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    IReadOnlyDictionary<string, double> Terms,
    IReadOnlyDictionary<string, double> Actors,
    IReadOnlyDictionary<string, double> Numbers,
    int? EventYear,
    bool Short = false,
    IReadOnlyList<string>? HeadlineNames = null,
    IReadOnlyList<float>? Meaning = null);
